#include "ui/annotate/noteeditor.h"

#include "models/store/annotationrepository.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"
#include "ui/annotate/markdownhighlighting.h"
#include "ui/annotate/notepreview.h"
#include "ui/commands/editnotecommand.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bitext::ui {

NoteEditor::NoteEditor(Library &library, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_undoStack(undoStack)
    , m_tabs(new QTabWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new NotePreview(this))
    , m_status(new QLabel(this))
{
    m_editor->setObjectName(QStringLiteral("noteText"));
    m_editor->setPlaceholderText(tr("Write a note in Markdown: *emphasis*, **strong**, - lists, > quotes"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    m_preview->setObjectName(QStringLiteral("notePreview"));
    m_highlighting = new MarkdownHighlighting(m_editor->document(), m_editor);
    m_tabs->addTab(m_editor, tr("&Write"));
    m_tabs->addTab(m_preview, tr("&Preview"));
    m_tabs->setDocumentMode(true);
    m_status->setObjectName(QStringLiteral("noteStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_status);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &NoteEditor::onTextChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &NoteEditor::refreshPreview);
    connect(&m_library, &Library::notesChanged, this, [this](qint64) { load(); });
    connect(&m_library, &Library::annotationsChanged, this, [this](qint64) {
        // The annotation was deleted (or its deletion undone).
        if (m_annotationId != 0)
            load();
    });
    setEnabled(false);
}

void NoteEditor::setAnnotation(qint64 annotationId)
{
    m_annotationId = annotationId;
    m_documentId = 0;
    load();
}

void NoteEditor::setDocument(qint64 documentId)
{
    m_documentId = documentId;
    m_annotationId = 0;
    load();
}

void NoteEditor::showPreview(bool preview)
{
    m_tabs->setCurrentIndex(preview ? 1 : 0);
}

void NoteEditor::load()
{
    QString body;
    bool exists = false;
    if (m_annotationId != 0) {
        const auto note = m_library.notes().forAnnotation(m_annotationId);
        body = note ? note->body : QString();
        // A note needs its annotation: after a delete the editor goes grey.
        exists = m_library.annotations().find(m_annotationId).has_value();
    } else if (m_documentId != 0) {
        const auto note = m_library.notes().forDocument(m_documentId);
        body = note ? note->body : QString();
        exists = true;
    }
    setEnabled(exists);
    // Our own keystrokes come back through notesChanged: leave cursor and text alone.
    if (m_editor->toPlainText() != body) {
        m_loading = true;
        m_editor->setPlainText(body);
        m_loading = false;
    }
    refreshPreview();
}

void NoteEditor::onTextChanged()
{
    if (m_loading || (m_annotationId == 0 && m_documentId == 0))
        return;
    auto *command = m_annotationId != 0
        ? new EditNoteCommand(m_library, EditNoteCommand::Target::Annotation, m_annotationId, m_editor->toPlainText())
        : new EditNoteCommand(m_library, EditNoteCommand::Target::Document, m_documentId, m_editor->toPlainText());
    const QString error = TransactedCommand::perform(m_undoStack, command);
    m_status->setText(error.isEmpty() ? QString() : tr("The note could not be saved: %1").arg(error));
    m_status->setVisible(!error.isEmpty());
    refreshPreview();
}

void NoteEditor::refreshPreview()
{
    if (m_tabs->currentWidget() == m_preview)
        m_preview->setMarkdownText(m_editor->toPlainText());
}

} // namespace bitext::ui
