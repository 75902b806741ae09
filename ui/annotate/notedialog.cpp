#include "ui/annotate/notedialog.h"

#include "ui/annotate/noteeditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace bitext::ui {

NoteDialog::NoteDialog(Library &library, QUndoStack *undoStack, const QString &title, const QString &heading,
                       QWidget *parent)
    : QDialog(parent), m_editor(new NoteEditor(library, undoStack, this))
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(title);
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("noteHeading"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setText(heading.size() > 240 ? heading.left(240) + QStringLiteral("…") : heading);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(560, 380);
}

} // namespace bitext::ui
