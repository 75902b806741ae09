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
    if (command->isObsolete()) {
        delete command; // nothing to do (e.g. the same colour chosen again)
        return error;
    }
    command->m_errorSink = &error;
    // QUndoStack deletes a command that is obsolete after its redo, so `command` may be
    // gone after this line; the sink is cleared inside redo().
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
    try {
        apply();
        m_errorSink = nullptr;
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
