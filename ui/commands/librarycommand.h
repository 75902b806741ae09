#pragma once

#include "models/store/change.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUndoCommand>

#include <functional>
#include <optional>

class QUndoStack;

namespace bitext {
class Library;
}

namespace bitext::ui {

// Base of every undo command: each step writes to the library at once, in one
// transaction (apply/revert may throw Error; then nothing of the step is stored, the
// failure is reported and the command made obsolete, so the stack drops it instead of
// holding a change that never happened).
//
// A command names the document whose data it changes (0 for library-wide data: tags,
// speakers, the document list): UndoController puts it on that document's stack or on
// the library's. Every do and undo is stamped from one process-wide clock, so
// Edit > Undo can take the newest command of several stacks; commands pushed as one
// user action share a step number and are undone and redone together.
class LibraryCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCommand)

public:
    // Where failures of undo/redo are shown (the main window installs a message box);
    // nullptr restores the default, qWarning.
    static void setErrorHandler(std::function<void(const QString &)> handler);
    // Where news about a step that did succeed is shown (the main window's status bar):
    // e.g. that someone else's text was kept next to yours. nullptr: qInfo.
    static void setNoticeHandler(std::function<void(const QString &)> handler);
    // Performs a command and pushes it onto `stack` (without a stack: runs it once, not
    // undoable). Returns the error message when it failed, in which case the command was
    // not kept; empty on success.
    static QString push(QUndoStack *stack, LibraryCommand *command);
    // The command of `stack` that undo() would revert, or redo() perform, if it is one of ours.
    static LibraryCommand *toUndo(const QUndoStack *stack);
    static LibraryCommand *toRedo(const QUndoStack *stack);

    void redo() final;
    void undo() final;

    qint64 documentId() const { return m_documentId; }
    // When it was last done or undone (larger is later).
    quint64 sequence() const { return m_sequence; }
    // The user action it belongs to (0: a step of its own).
    quint64 step() const { return m_step; }
    void setStep(quint64 step) { m_step = step; }

protected:
    LibraryCommand(Library &library, const QString &text, qint64 documentId = 0);
    Library &library() const { return m_library; }
    // The document of an annotation, for the commands that change one (0 when unreadable:
    // such a command fails when it runs).
    static qint64 documentOfAnnotation(Library &library, qint64 annotationId);
    virtual void apply() = 0;
    virtual void revert() = 0;
    // True once apply() has succeeded: later applies are redos.
    bool appliedBefore() const { return m_appliedBefore; }
    // Tells the user something about a step that succeeded (see setNoticeHandler).
    static void notice(const QString &message);
    // Throws, naming who changed it and when, when someone else has changed the row
    // (an Annotation, Note, Tag or Speaker as read) since this connection last wrote
    // it: undo and redo must not overwrite a newer edit. (The failure makes the command
    // obsolete: the stack drops it.) A row that is gone is left to the write to report.
    template<typename Row> void ensureUnchanged(Change::Kind kind, const std::optional<Row> &row) const
    {
        if (row)
            ensureUnchanged(kind, row->id, row->version, row->modifiedBy, row->modified);
    }
    void ensureUnchanged(
        Change::Kind kind, qint64 id, int version, const QString &modifiedBy, const QDateTime &modified) const;

    Library &m_library;

private:
    void run(bool forward);
    void fail(const QString &message);

    qint64 m_documentId;
    quint64 m_sequence = 0;
    quint64 m_step = 0;
    QString *m_errorSink = nullptr; // set by push() for the first redo only
    bool m_applied = false; // push() already performed the first redo
    bool m_appliedBefore = false;
};

} // namespace bitext::ui
