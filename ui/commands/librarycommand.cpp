#include "ui/commands/librarycommand.h"

#include "models/core/error.h"

#include <QDebug>
#include <QUndoStack>

#include <utility>

namespace bitext::ui {

namespace {

std::function<void(const QString &)> &errorHandler()
{
    static std::function<void(const QString &)> handler = [](const QString &message) { qWarning().noquote() << message; };
    return handler;
}

} // namespace

void LibraryCommand::setErrorHandler(std::function<void(const QString &)> handler)
{
    errorHandler() = std::move(handler);
}

QString LibraryCommand::push(QUndoStack *stack, LibraryCommand *command)
{
    QString error;
    // Perform it before pushing: a failed command must not even truncate the redo
    // history, which QUndoStack::push does for any command it is given.
    if (!command->isObsolete()) {
        command->m_errorSink = &error;
        command->redo();
        command->m_errorSink = nullptr;
    }
    if (command->isObsolete()) {
        delete command; // failed, or nothing to do (e.g. the same colour chosen again)
        return error;
    }
    command->m_applied = true;
    stack->push(command);
    return error;
}

LibraryCommand::LibraryCommand(Library &library, const QString &text) : QUndoCommand(text), m_library(library) {}

void LibraryCommand::fail(const QString &message)
{
    setObsolete(true);
    if (QString *sink = std::exchange(m_errorSink, nullptr))
        *sink = message;
    else
        errorHandler()(message);
}

void LibraryCommand::redo()
{
    if (std::exchange(m_applied, false))
        return; // already done by push()
    try {
        apply();
    } catch (const Error &error) {
        fail(error.message());
    }
}

void LibraryCommand::undo()
{
    try {
        revert();
    } catch (const Error &error) {
        fail(error.message());
    }
}

} // namespace bitext::ui
