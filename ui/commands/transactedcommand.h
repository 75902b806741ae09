#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace bitext {
class Library;
}

namespace bitext::ui {

// Base of the annotation, note and tag commands: every redo and undo runs in one
// transaction, so a step that writes several rows (a merge, a restore with its links)
// is stored at once and whole, or not at all. A failing step marks the command
// obsolete (QUndoStack drops it) and is reported: the first run's failure to the
// caller of push(), so a dialog can show it in place; later ones to the error handler.
class TransactedCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(TransactedCommand)

public:
    // Pushes the command (the stack takes it) and returns the error message of its
    // first run, empty on success. Without a stack it runs once, not undoable.
    static QString push(QUndoStack *stack, TransactedCommand *command);
    // Where failures of later undo/redo steps go (the main window shows them); default: qWarning.
    static void setErrorHandler(std::function<void(const QString &)> handler);

    void redo() final;
    void undo() final;

protected:
    TransactedCommand(Library &library, const QString &text);
    Library &library() { return m_library; }
    // The work of redo and undo; throw bitext::Error to fail (nothing is stored then).
    virtual void applyChange() = 0;
    virtual void revertChange() = 0;

private:
    void run(bool forward);

    Library &m_library;
    QString *m_firstError = nullptr;
};

} // namespace bitext::ui
