#include "ui/commands/librarycommand.h"

#include "models/core/error.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/editstamp.h"
#include "models/store/library.h"

#include <QDebug>
#include <QUndoStack>

#include <utility>

namespace bitext::ui {

namespace {

void warn(const QString &message)
{
    qWarning().noquote() << message;
}

void inform(const QString &message)
{
    qInfo().noquote() << message;
}

std::function<void(const QString &)> &errorHandler()
{
    static std::function<void(const QString &)> handler = warn;
    return handler;
}

std::function<void(const QString &)> &noticeHandler()
{
    static std::function<void(const QString &)> handler = inform;
    return handler;
}

// The clock every do and undo is stamped from (the GUI thread is the only one).
quint64 tick()
{
    static quint64 clock = 0;
    return ++clock;
}

} // namespace

void LibraryCommand::setErrorHandler(std::function<void(const QString &)> handler)
{
    errorHandler() = handler ? std::move(handler) : warn;
}

void LibraryCommand::setNoticeHandler(std::function<void(const QString &)> handler)
{
    noticeHandler() = handler ? std::move(handler) : inform;
}

void LibraryCommand::notice(const QString &message)
{
    if (!message.isEmpty())
        noticeHandler()(message);
}

void LibraryCommand::ensureUnchanged(
    Change::Kind kind, qint64 id, int version, const QString &modifiedBy, const QDateTime &modified) const
{
    const int own = m_library.ownVersion(kind, id);
    if (own <= 0 || version == own)
        return;
    const QString who = EditStamp::who(modifiedBy);
    throw Error(tr("%1 changed this at %2, after your edit; it was left as they made it instead of being "
                   "undone.")
                    .arg(who, EditStamp::shortTime(modified)));
}

QString LibraryCommand::push(QUndoStack *stack, LibraryCommand *command)
{
    if (!stack) {
        QUndoStack scratch; // runs the command once and deletes it with the stack
        return push(&scratch, command);
    }
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
    const quint64 sequence = command->m_sequence;
    const int index = stack->index();
    stack->push(command);
    // Merged into the command below it (typing a note): that one is now the newest.
    if (stack->index() == index && index > 0) {
        if (auto *merged = toUndo(stack))
            merged->m_sequence = sequence;
    }
    return error;
}

LibraryCommand *LibraryCommand::toUndo(const QUndoStack *stack)
{
    const int index = stack ? stack->index() : 0;
    return index > 0 ? dynamic_cast<LibraryCommand *>(const_cast<QUndoCommand *>(stack->command(index - 1))) : nullptr;
}

LibraryCommand *LibraryCommand::toRedo(const QUndoStack *stack)
{
    const int index = stack ? stack->index() : 0;
    return stack && index < stack->count()
        ? dynamic_cast<LibraryCommand *>(const_cast<QUndoCommand *>(stack->command(index)))
        : nullptr;
}

LibraryCommand::LibraryCommand(Library &library, const QString &text, qint64 documentId)
    : QUndoCommand(text)
    , m_library(library)
    , m_documentId(documentId)
{
}

qint64 LibraryCommand::documentOfAnnotation(Library &library, qint64 annotationId)
{
    try {
        return library.annotations().documentOf(annotationId);
    } catch (const Error &) {
        return 0;
    }
}

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
    run(true);
}

void LibraryCommand::undo()
{
    run(false);
}

void LibraryCommand::run(bool forward)
{
    m_sequence = tick();
    try {
        // One transaction, retried as a whole when another writer was in the way.
        m_library.database().write([&] {
            if (forward)
                apply();
            else
                revert();
        });
        if (forward)
            m_appliedBefore = true;
    } catch (const Error &error) {
        // A rollback announces nothing (Library::announce runs after the outermost
        // commit), so the views still show what the library holds.
        fail(error.message());
    }
}

} // namespace bitext::ui
