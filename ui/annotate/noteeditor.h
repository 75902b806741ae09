#pragma once

#include "models/domain/note.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace bitext {
class Library;
}

namespace bitext::ui {

class MarkdownHighlighting;
class NotePreview;
class UndoController;

// Writes the Markdown note of an annotation or of a document, with a rendered preview.
// Live (the annotations dock): every keystroke is stored at once through an
// EditNoteCommand, merged into one undo step while typing. Otherwise (the note dialog)
// the text is stored by save(), as one undo step. Undo and changes from elsewhere show
// up here, except over text the user has not saved yet.
class NoteEditor : public QWidget
{
    Q_OBJECT

public:
    NoteEditor(Library &library, UndoController *undo, QWidget *parent = nullptr);

    void setAnnotation(qint64 annotationId); // 0 clears
    void setDocument(qint64 documentId); // 0 clears
    qint64 annotationId() const { return m_annotationId; }
    qint64 documentId() const { return m_documentId; }

    void setLive(bool live) { m_live = live; }
    bool isLive() const { return m_live; }
    // The text differs from the stored note.
    bool isModified() const;
    // Stores the text (nothing when unchanged); false, with the reason shown, when the
    // library refused it.
    bool save();

    QPlainTextEdit *editor() const { return m_editor; }
    NotePreview *preview() const { return m_preview; }
    MarkdownHighlighting *highlighting() const { return m_highlighting; }
    void showPreview(bool preview);

signals:
    void modifiedChanged(bool modified);

private:
    void load(bool force);
    std::optional<Note> storedNote(bool *exists) const;
    // "Edited by Anna, 16:05" above the text (again after a language change).
    void showByline(const std::optional<Note> &note);
    void renderByline();
    bool store(const QString &body);
    void updateModified();
    void onTextChanged();
    void refreshPreview();

    Library &m_library;
    UndoController *m_undo; // outlives the editor (the main window owns it); may be null
    qint64 m_annotationId = 0;
    qint64 m_documentId = 0;
    bool m_live = true;
    bool m_loading = false;
    bool m_modified = false;
    QString m_stored; // the note as last read or written
    int m_storedVersion = 0; // its version (0: no note), what a save is based on
    QTabWidget *m_tabs;
    QPlainTextEdit *m_editor;
    NotePreview *m_preview;
    QLabel *m_status;
    QLabel *m_byline;
    QString m_editedBy; // who changed the note last, empty without a note
    QDateTime m_editedAt;
    MarkdownHighlighting *m_highlighting;
};

} // namespace bitext::ui
