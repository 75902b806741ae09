#include "ui/annotate/notedialog.h"

#include "ui/annotate/noteeditor.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bitext::ui {

NoteDialog::NoteDialog(
    Library &library, UndoController *undo, const QString &title, const QString &heading, QWidget *parent)
    : QDialog(parent)
    , m_editor(new NoteEditor(library, undo, this))
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(title);
    m_editor->setLive(false);
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("noteHeading"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setText(heading.size() > 240 ? heading.left(240) + QStringLiteral("…") : heading);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_save->setToolTip(tr("Save the note (Ctrl+Enter)"));
    for (QPushButton *button : {m_save, m_cancel})
        button->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &NoteDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &NoteDialog::reject);
    // Ctrl+Enter saves: seen before the editor, which would take it as a new line.
    m_editor->editor()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    setTabOrder(m_editor->editor(), m_save);
    setTabOrder(m_save, m_cancel);
    resize(560, 380);
}

void NoteDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Enter belongs to the editor (a new line): no button may take it, not even the one
    // the button box makes default when it is shown.
    for (QPushButton *button : {m_save, m_cancel})
        button->setDefault(false);
    // Typing goes into the note from the first key.
    m_editor->showPreview(false);
    m_editor->editor()->moveCursor(QTextCursor::End); // going on with a note written before
    m_editor->editor()->setFocus(Qt::ActiveWindowFocusReason);
    activateWindow();
}

bool NoteDialog::isSaveKey(const QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<const QKeyEvent *>(event);
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && (key->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
}

bool NoteDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor->editor() && isSaveKey(event)) {
        save();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void NoteDialog::keyPressEvent(QKeyEvent *event)
{
    // From the preview, the tabs or a button.
    if (isSaveKey(event))
        return save();
    QDialog::keyPressEvent(event);
}

void NoteDialog::save()
{
    if (m_editor->save())
        accept();
}

void NoteDialog::reject()
{
    if (!m_editor->isModified() || !m_editor->isEnabled())
        return QDialog::reject();
    switch (askAboutChanges()) {
    case QMessageBox::Save:
        save();
        return;
    case QMessageBox::Discard:
        QDialog::reject();
        return;
    default: // keep editing
        m_editor->editor()->setFocus(Qt::OtherFocusReason);
        return;
    }
}

QMessageBox::StandardButton NoteDialog::askAboutChanges()
{
    ++m_prompts;
    if (m_prompt)
        return m_prompt();
    QMessageBox box(QMessageBox::Question, windowTitle(), tr("Save the changes to this note?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.button(QMessageBox::Cancel)->setText(tr("&Keep Editing"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace bitext::ui
