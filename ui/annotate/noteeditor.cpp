#include "ui/annotate/noteeditor.h"

#include "models/core/error.h"
#include "models/store/annotationrepository.h"
#include "models/store/editstamp.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"
#include "ui/annotate/markdownhighlighting.h"
#include "ui/annotate/notepreview.h"
#include "ui/commands/editnotecommand.h"
#include "ui/common/languagechange.h"
#include "ui/mainwindow/undocontroller.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bitext::ui {

NoteEditor::NoteEditor(Library &library, UndoController *undo, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_undo(undo)
    , m_tabs(new QTabWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new NotePreview(this))
    , m_status(new QLabel(this))
    , m_byline(new QLabel(this))
{
    m_editor->setObjectName(QStringLiteral("noteText"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    m_editor->setReadOnly(library.isReadOnly()); // notes are read there, not written
    m_preview->setObjectName(QStringLiteral("notePreview"));
    m_highlighting = new MarkdownHighlighting(m_editor->document(), m_editor);
    m_tabs->addTab(m_editor, QString());
    m_tabs->addTab(m_preview, QString());
    m_tabs->setDocumentMode(true);
    m_status->setObjectName(QStringLiteral("noteStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    m_byline->setObjectName(QStringLiteral("noteByline"));
    m_byline->setEnabled(false); // greyed: a caption, not content
    m_byline->setTextFormat(Qt::PlainText); // names the author: text, never HTML
    m_byline->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_byline);
    layout->addWidget(m_tabs);
    layout->addWidget(m_status);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &NoteEditor::onTextChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &NoteEditor::refreshPreview);
    connect(&m_library, &Library::notesChanged, this, [this](qint64) { load(false); });
    connect(&m_library, &Library::annotationsChanged, this, [this](qint64) {
        // The annotation was deleted (or its deletion undone).
        if (m_annotationId != 0)
            load(false);
    });
    setEnabled(false);
    onLanguageChange(this, [this] {
        m_editor->setPlaceholderText(tr("Write a note in Markdown: *emphasis*, **strong**, - lists, > quotes"));
        m_editor->setAccessibleName(tr("Note text"));
        m_preview->setAccessibleName(tr("Note preview"));
        m_tabs->setTabText(0, tr("&Write"));
        m_tabs->setTabText(1, tr("&Preview"));
        m_tabs->tabBar()->setAccessibleName(tr("Note"));
        renderByline();
    });
}

void NoteEditor::setAnnotation(qint64 annotationId)
{
    m_annotationId = annotationId;
    m_documentId = 0;
    load(true);
}

void NoteEditor::setDocument(qint64 documentId)
{
    m_documentId = documentId;
    m_annotationId = 0;
    load(true);
}

void NoteEditor::showPreview(bool preview)
{
    m_tabs->setCurrentIndex(preview ? 1 : 0);
}

bool NoteEditor::isModified() const
{
    return m_modified;
}

std::optional<Note> NoteEditor::storedNote(bool *exists) const
{
    *exists = false;
    try {
        if (m_annotationId != 0) {
            const auto note = m_library.notes().forAnnotation(m_annotationId);
            // A note needs its annotation: after a delete the editor goes grey.
            *exists = m_library.annotations().find(m_annotationId).has_value();
            return note;
        }
        if (m_documentId != 0) {
            const auto note = m_library.notes().forDocument(m_documentId);
            *exists = true;
            return note;
        }
    } catch (const Error &error) {
        m_status->setText(error.message());
        m_status->show();
    }
    return {};
}

void NoteEditor::load(bool force)
{
    bool exists = false;
    const std::optional<Note> note = storedNote(&exists);
    const QString body = note ? note->body : QString();
    showByline(note);
    setEnabled(exists);
    // Text typed and not stored yet stays (save() writes it over what changed meanwhile,
    // and a store that failed keeps it). Our own keystrokes come back here too: then
    // cursor and text are left alone.
    const bool unsaved = m_editor->toPlainText() != m_stored;
    m_stored = body;
    // Unsaved text stays based on the version it was typed over: saving it over a
    // newer one keeps that one's text too.
    if (force || !unsaved)
        m_storedVersion = note ? note->version : 0;
    if ((force || !unsaved) && m_editor->toPlainText() != body) {
        m_loading = true;
        m_editor->setPlainText(body);
        m_loading = false;
    }
    updateModified(); // (no store from here: a failed store announces changes, which load)
    refreshPreview();
}

void NoteEditor::showByline(const std::optional<Note> &note)
{
    m_editedBy = note ? (note->modifiedBy.isEmpty() ? note->author : note->modifiedBy) : QString();
    m_editedAt = note ? note->modified : QDateTime();
    renderByline();
}

void NoteEditor::renderByline()
{
    m_byline->setText(
        m_editedBy.isEmpty() ? QString() : tr("Edited by %1, %2").arg(m_editedBy, EditStamp::shortTime(m_editedAt)));
    m_byline->setVisible(!m_editedBy.isEmpty());
}

bool NoteEditor::store(const QString &body)
{
    // Based on the version shown: if someone saved meanwhile, their text is kept below.
    auto *command = m_annotationId != 0
        ? new EditNoteCommand(m_library, EditNoteCommand::Target::Annotation, m_annotationId, body, m_storedVersion)
        : new EditNoteCommand(m_library, EditNoteCommand::Target::Document, m_documentId, body, m_storedVersion);
    const QString error = m_undo ? m_undo->push(command) : LibraryCommand::push(nullptr, command);
    m_status->setText(error.isEmpty() ? QString() : tr("The note could not be saved: %1").arg(error));
    m_status->setVisible(!error.isEmpty());
    if (error.isEmpty()) {
        m_stored = body;
        load(false); // shows a text someone else wrote meanwhile, kept below this one
    }
    return error.isEmpty();
}

bool NoteEditor::save()
{
    if (m_annotationId == 0 && m_documentId == 0)
        return false;
    if (m_editor->toPlainText() != m_stored && !store(m_editor->toPlainText()))
        return false;
    updateModified();
    return true;
}

void NoteEditor::updateModified()
{
    const bool modified = m_editor->toPlainText() != m_stored;
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
}

void NoteEditor::onTextChanged()
{
    if (m_loading)
        return;
    const QString text = m_editor->toPlainText();
    if (m_live && text != m_stored && (m_annotationId != 0 || m_documentId != 0))
        store(text);
    updateModified();
    refreshPreview();
}

void NoteEditor::refreshPreview()
{
    if (m_tabs->currentWidget() == m_preview)
        m_preview->setMarkdownText(m_editor->toPlainText());
}

} // namespace bitext::ui
