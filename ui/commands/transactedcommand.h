#pragma once

#include "ui/commands/librarycommand.h"

class QUndoStack;

namespace bitext::ui {

// A LibraryCommand whose every redo and undo runs in one transaction, so a step that
// writes several rows (a merge, a restore with its links) is stored at once and
// whole, or not at all. The annotation, note and tag commands derive from it.
class TransactedCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(TransactedCommand)

public:
    // LibraryCommand::push, or without a stack: run once, not undoable. Returns the
    // error message of the run, empty on success.
    static QString perform(QUndoStack *stack, TransactedCommand *command);

protected:
    TransactedCommand(Library &library, const QString &text);
    // The work of redo and undo; throw bitext::Error to fail (nothing is stored then).
    virtual void applyChange() = 0;
    virtual void revertChange() = 0;

private:
    void apply() final;
    void revert() final;
    void run(bool forward);
};

} // namespace bitext::ui
