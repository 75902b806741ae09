#include "ui/mainwindow/undocontroller.h"

#include "models/text/untrustedtext.h"
#include "ui/commands/librarycommand.h"
#include "ui/common/languagechange.h"

#include <QAction>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace bitext::ui {

namespace {

// The newest (largest sequence) of the commands `pick` gives for `stacks`.
template<typename Pick> QUndoStack *newest(const QList<QUndoStack *> &stacks, Pick pick)
{
    QUndoStack *best = nullptr;
    quint64 bestSequence = 0;
    for (QUndoStack *stack : stacks) {
        const LibraryCommand *command = pick(stack);
        if (command && (!best || command->sequence() > bestSequence)) {
            best = stack;
            bestSequence = command->sequence();
        }
    }
    return best;
}

// The command undo() (or redo()) of a stack would revert (or perform).
LibraryCommand *next(const QUndoStack *stack, bool undo)
{
    return undo ? LibraryCommand::toUndo(stack) : LibraryCommand::toRedo(stack);
}

} // namespace

UndoController::UndoController(QObject *parent)
    : QObject(parent)
    , m_libraryStack(new QUndoStack(this))
{
    track(m_libraryStack);
}

void UndoController::track(QUndoStack *stack)
{
    connect(stack, &QUndoStack::indexChanged, this, &UndoController::changed);
}

QUndoStack *UndoController::documentStack(qint64 documentId)
{
    if (documentId <= 0)
        return m_libraryStack;
    QUndoStack *&stack = m_documentStacks[documentId];
    if (!stack) {
        stack = new QUndoStack(this);
        track(stack);
    }
    return stack;
}

QString UndoController::push(LibraryCommand *command)
{
    if (m_step)
        command->setStep(m_step);
    const QString error = LibraryCommand::push(documentStack(command->documentId()), command);
    emit changed(); // a merge changes the order of the stacks without moving an index
    return error;
}

void UndoController::setCurrentDocument(qint64 documentId)
{
    m_currentDocument = documentId;
    emit changed();
}

void UndoController::drop(QUndoStack *stack)
{
    // ~QUndoStack clears itself and signals indexChanged: nothing may react to a dying stack.
    disconnect(stack, nullptr, this, nullptr);
    delete stack;
}

void UndoController::clear()
{
    for (QUndoStack *stack : std::as_const(m_documentStacks))
        drop(stack);
    m_documentStacks.clear();
    m_libraryStack->clear();
    m_currentDocument = 0;
    emit changed();
}

void UndoController::forgetDocument(qint64 documentId)
{
    if (QUndoStack *stack = m_documentStacks.take(documentId))
        drop(stack);
    if (m_currentDocument == documentId)
        m_currentDocument = 0;
    emit changed();
}

QList<QUndoStack *> UndoController::candidates() const
{
    QList<QUndoStack *> stacks {m_libraryStack};
    if (QUndoStack *document = m_documentStacks.value(m_currentDocument))
        stacks << document;
    return stacks;
}

QUndoStack *UndoController::stackFor(bool undo) const
{
    // Undo: the newest command done. Redo: the one undone last, walking back the way
    // undo went.
    return newest(candidates(), [undo](QUndoStack *s) { return next(s, undo); });
}

QUndoStack *UndoController::stackWithStep(quint64 step, bool undo) const
{
    // Any stack: a user action may have changed a document that is not open (a quote
    // tagged from the whole-library list with a tag made on the fly).
    QList<QUndoStack *> stacks = m_documentStacks.values();
    stacks << m_libraryStack;
    return newest(stacks, [step, undo](QUndoStack *s) {
        LibraryCommand *command = next(s, undo);
        return command && command->step() == step ? command : nullptr;
    });
}

bool UndoController::canUndo() const
{
    return stackFor(true) != nullptr;
}

bool UndoController::canRedo() const
{
    return stackFor(false) != nullptr;
}

void UndoController::undo()
{
    run(true);
}

void UndoController::redo()
{
    run(false);
}

void UndoController::run(bool undo)
{
    QUndoStack *stack = stackFor(undo);
    if (!stack)
        return;
    const quint64 step = next(stack, undo)->step();
    undo ? stack->undo() : stack->redo();
    // The rest of the same user action; a failed undo drops its command, so this ends.
    for (int guard = 0; step && guard < 1000; ++guard) {
        QUndoStack *more = stackWithStep(step, undo);
        if (!more)
            break;
        undo ? more->undo() : more->redo();
    }
}

QStringList UndoController::texts(bool undo) const
{
    LibraryCommand *first = next(stackFor(undo), undo);
    if (!first)
        return {};
    if (first->step() == 0)
        return {first->text()};
    // Every command of the step, in the order they will be undone (or redone).
    QList<QPair<quint64, QString>> parts;
    QList<QUndoStack *> stacks = m_documentStacks.values();
    stacks << m_libraryStack;
    for (QUndoStack *s : std::as_const(stacks)) {
        for (int i = undo ? s->index() - 1 : s->index(); i >= 0 && i < s->count(); i += undo ? -1 : 1) {
            const auto *command = dynamic_cast<const LibraryCommand *>(s->command(i));
            if (!command || command->step() != first->step())
                break;
            parts << qMakePair(command->sequence(), command->text());
        }
    }
    std::sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList result;
    for (const auto &part : std::as_const(parts))
        result << part.second;
    return result;
}

QString UndoController::undoText() const
{
    return texts(true).join(tr(", "));
}

QString UndoController::redoText() const
{
    return texts(false).join(tr(", "));
}

QAction *UndoController::createUndoAction(QObject *parent)
{
    return createAction(true, parent);
}

QAction *UndoController::createRedoAction(QObject *parent)
{
    return createAction(false, parent);
}

QAction *UndoController::createAction(bool undo, QObject *parent)
{
    auto *action = new QAction(parent);
    QList<QKeySequence> keys = QKeySequence::keyBindings(undo ? QKeySequence::Undo : QKeySequence::Redo);
    // Ctrl+Shift+Z redoes everywhere, besides what the platform uses (Ctrl+Y on some).
    const QKeySequence shiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!undo && !keys.contains(shiftZ))
        keys.prepend(shiftZ);
    action->setShortcuts(keys);
    action->setIcon(QIcon::fromTheme(undo ? QStringLiteral("edit-undo") : QStringLiteral("edit-redo")));
    // The text says what will be undone ("Undo Highlight “…”").
    const auto update = [this, action, undo] {
        const QString text = undo ? undoText() : redoText();
        action->setEnabled(stackFor(undo) != nullptr);
        if (undo)
            action->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(untrustedtext::withoutMnemonic(text)));
        else
            action->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(untrustedtext::withoutMnemonic(text)));
    };
    connect(this, &UndoController::changed, action, update);
    connect(action, &QAction::triggered, this, undo ? &UndoController::undo : &UndoController::redo);
    onLanguageChange(action, update);
    return action;
}

UndoController::Step::Step(UndoController *controller)
    : m_controller(controller)
{
    if (m_controller && m_controller->m_stepDepth++ == 0)
        m_controller->m_step = ++m_controller->m_steps;
}

UndoController::Step::~Step()
{
    if (m_controller && --m_controller->m_stepDepth == 0)
        m_controller->m_step = 0;
}

} // namespace bitext::ui
