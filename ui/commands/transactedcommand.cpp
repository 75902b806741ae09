#include "ui/commands/transactedcommand.h"

#include "models/core/error.h"
#include "models/store/database.h"
#include "models/store/library.h"

#include <QUndoStack>
#include <QtDebug>

#include <memory>

namespace bitext::ui {

namespace {

std::function<void(const QString &)> &errorHandler()
{
    static std::function<void(const QString &)> handler = [](const QString &message) { qWarning().noquote() << message; };
    return handler;
}

} // namespace

TransactedCommand::TransactedCommand(Library &library, const QString &text) : QUndoCommand(text), m_library(library) {}

QString TransactedCommand::push(QUndoStack *stack, TransactedCommand *command)
{
    QString error;
    command->m_firstError = &error;
    if (stack) {
        stack->push(command); // runs redo(); drops the command when it failed
        return error;
    }
    std::unique_ptr<TransactedCommand> owned(command);
    owned->redo();
    return error;
}

void TransactedCommand::setErrorHandler(std::function<void(const QString &)> handler)
{
    errorHandler() = std::move(handler);
}

void TransactedCommand::redo()
{
    run(true);
}

void TransactedCommand::undo()
{
    run(false);
}

void TransactedCommand::run(bool forward)
{
    QString *firstError = m_firstError;
    m_firstError = nullptr;
    try {
        Transaction tx(m_library.database());
        if (forward)
            applyChange();
        else
            revertChange();
        tx.commit();
    } catch (const Error &error) {
        setObsolete(true);
        // The repositories announced changes that were rolled back: let views re-read.
        emit m_library.tagsChanged();
        emit m_library.annotationsChanged(0);
        emit m_library.notesChanged(0);
        if (firstError)
            *firstError = error.message();
        else
            errorHandler()(tr("%1 failed: %2").arg(text(), error.message()));
    }
}

} // namespace bitext::ui
