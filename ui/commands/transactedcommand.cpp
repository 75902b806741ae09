#include "ui/commands/transactedcommand.h"

#include "models/core/error.h"
#include "models/store/database.h"
#include "models/store/library.h"

#include <QUndoStack>

namespace bitext::ui {

TransactedCommand::TransactedCommand(Library &library, const QString &text) : LibraryCommand(library, text) {}

QString TransactedCommand::perform(QUndoStack *stack, TransactedCommand *command)
{
    if (stack)
        return push(stack, command);
    QUndoStack scratch; // runs the command once and deletes it with the stack
    return push(&scratch, command);
}

void TransactedCommand::apply()
{
    run(true);
}

void TransactedCommand::revert()
{
    run(false);
}

void TransactedCommand::run(bool forward)
{
    try {
        Transaction tx(library().database());
        if (forward)
            applyChange();
        else
            revertChange();
        tx.commit();
    } catch (const Error &) {
        // The repositories announced changes that were rolled back: let views re-read.
        emit library().tagsChanged();
        emit library().annotationsChanged(0);
        emit library().notesChanged(0);
        throw; // LibraryCommand reports it and drops the command
    }
}

} // namespace bitext::ui
