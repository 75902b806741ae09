#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace bitext {
class Library;
}

namespace bitext::ui {

// Base of every undo command that writes to the library. Each step is stored at once
// through the repositories (apply/revert may throw Error); a step that fails is reported
// and the command made obsolete, so the stack drops it instead of holding a change that
// never happened.
class LibraryCommand : public QUndoCommand
{
public:
    // Where failures of undo/redo are shown (the main window installs a message box);
    // by default they go to qWarning.
    static void setErrorHandler(std::function<void(const QString &)> handler);
    // Pushes (and so performs) a command; returns the error message when it failed, in
    // which case the command was not kept. Empty on success.
    static QString push(QUndoStack *stack, LibraryCommand *command);

    void redo() final;
    void undo() final;

protected:
    LibraryCommand(Library &library, const QString &text);
    Library &library() const { return m_library; }
    virtual void apply() = 0;
    virtual void revert() = 0;

    Library &m_library;

private:
    void fail(const QString &message);

    QString *m_errorSink = nullptr; // set by push() for the first redo only
    bool m_applied = false;        // push() already performed the first redo
};

} // namespace bitext::ui
