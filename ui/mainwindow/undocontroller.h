#pragma once

#include <QHash>
#include <QObject>

class QAction;
class QUndoStack;

namespace bitext::ui {

class LibraryCommand;

// The application's undo system: one QUndoStack per document plus one for library-wide
// edits (tags, speakers, the document list). A command goes to the stack of the data it
// changes (LibraryCommand::documentId), whatever part of the window it came from.
// Edit > Undo takes the newest command of the open document's stack and the library's
// (by the commands' sequence), and Redo the one undone last, wherever the focus is.
// Commands pushed during one Step (a tag created while tagging a quote) are one undo step.
class UndoController : public QObject
{
    Q_OBJECT

public:
    explicit UndoController(QObject *parent = nullptr);

    QUndoStack *libraryStack() const { return m_libraryStack; }
    // The stack of a document, created on first use; 0 gives the library's.
    QUndoStack *documentStack(qint64 documentId);
    // Performs a command and keeps it on the stack of the data it changes; returns the
    // error message when it failed (then it is not kept), empty on success.
    QString push(LibraryCommand *command);

    void setCurrentDocument(qint64 documentId);
    qint64 currentDocument() const { return m_currentDocument; }
    // Drops every stack (another library was opened).
    void clear();
    // Drops a document's stack (the document is gone).
    void forgetDocument(qint64 documentId);

    bool canUndo() const;
    bool canRedo() const;
    // What undo() and redo() would do, e.g. "Highlight “…”" (empty when nothing).
    QString undoText() const;
    QString redoText() const;
    QAction *createUndoAction(QObject *parent);
    QAction *createRedoAction(QObject *parent);

    // While one lives, the commands pushed belong to one user action. Nested steps join
    // the outer one.
    class Step
    {
    public:
        explicit Step(UndoController *controller);
        ~Step();
        Step(const Step &) = delete;
        Step &operator=(const Step &) = delete;

    private:
        UndoController *m_controller;
    };

public slots:
    void undo();
    void redo();

signals:
    // canUndo, canRedo or the texts may have changed.
    void changed();

private:
    QList<QUndoStack *> candidates() const;
    // The stack undo (true) or redo (false) acts on first, null when there is nothing.
    QUndoStack *stackFor(bool undo) const;
    void run(bool undo);
    QAction *createAction(bool undo, QObject *parent);
    // The stack whose next command to undo (or redo) belongs to `step`, if any.
    QUndoStack *stackWithStep(quint64 step, bool undo) const;
    QStringList texts(bool undo) const;
    void track(QUndoStack *stack);
    void drop(QUndoStack *stack);

    QUndoStack *m_libraryStack;
    QHash<qint64, QUndoStack *> m_documentStacks;
    qint64 m_currentDocument = 0;
    quint64 m_step = 0; // the step being recorded, 0 when none
    int m_stepDepth = 0; // nesting of Step objects
    quint64 m_steps = 0; // steps made so far
};

} // namespace bitext::ui
