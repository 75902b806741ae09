#pragma once

#include <QHash>
#include <QObject>

class QAction;
class QUndoGroup;
class QUndoStack;

namespace bitext::ui {

// The application's undo system: one QUndoStack per document plus one for library-wide
// edits (speakers, tags, deleting documents), gathered in a QUndoGroup that drives
// Edit > Undo/Redo. The active stack is the one last changed, or the one of the part of
// the window the user works in (reader: the document; sidebar and docks: the library).
class UndoController : public QObject
{
    Q_OBJECT

public:
    explicit UndoController(QObject *parent = nullptr);

    QUndoGroup *group() const { return m_group; }
    QUndoStack *libraryStack() const { return m_libraryStack; }
    // The stack of a document, created on first use.
    QUndoStack *documentStack(qint64 documentId);
    QUndoStack *activeStack() const;

    void setCurrentDocument(qint64 documentId);
    qint64 currentDocument() const { return m_currentDocument; }
    void activateLibraryStack();
    void activateDocumentStack();
    // Drops every stack (another library was opened).
    void clear();
    // Drops a document's stack (the document is gone).
    void forgetDocument(qint64 documentId);

    QAction *createUndoAction(QObject *parent) const;
    QAction *createRedoAction(QObject *parent) const;

private:
    void track(QUndoStack *stack);

    QUndoGroup *m_group;
    QUndoStack *m_libraryStack;
    QHash<qint64, QUndoStack *> m_documentStacks;
    qint64 m_currentDocument = 0;
};

} // namespace bitext::ui
