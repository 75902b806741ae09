#pragma once

#include <QPointer>
#include <QUndoStack>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace bitext {
class Library;
}

namespace bitext::ui {

class MarkdownHighlighting;
class NotePreview;

// Writes the Markdown note of an annotation or of a document, with a rendered
// preview. Every keystroke is stored at once through an EditNoteCommand (merged into
// one undo step while typing); undo and changes from elsewhere show up here.
class NoteEditor : public QWidget
{
    Q_OBJECT

public:
    NoteEditor(Library &library, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setAnnotation(qint64 annotationId); // 0 clears
    void setDocument(qint64 documentId);     // 0 clears
    qint64 annotationId() const { return m_annotationId; }
    qint64 documentId() const { return m_documentId; }
    void setUndoStack(QUndoStack *undoStack) { m_undoStack = undoStack; }

    QPlainTextEdit *editor() const { return m_editor; }
    NotePreview *preview() const { return m_preview; }
    MarkdownHighlighting *highlighting() const { return m_highlighting; }
    void showPreview(bool preview);

private:
    void load();
    void onTextChanged();
    void refreshPreview();

    Library &m_library;
    QPointer<QUndoStack> m_undoStack;
    qint64 m_annotationId = 0;
    qint64 m_documentId = 0;
    bool m_loading = false;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_editor;
    NotePreview *m_preview;
    QLabel *m_status;
    MarkdownHighlighting *m_highlighting;
};

} // namespace bitext::ui
