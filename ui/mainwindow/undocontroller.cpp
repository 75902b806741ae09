#include "ui/mainwindow/undocontroller.h"

#include <QAction>
#include <QUndoGroup>
#include <QUndoStack>

#include <utility>

namespace bitext::ui {

UndoController::UndoController(QObject *parent)
    : QObject(parent), m_group(new QUndoGroup(this)), m_libraryStack(new QUndoStack(this))
{
    m_group->addStack(m_libraryStack);
    track(m_libraryStack);
    m_group->setActiveStack(m_libraryStack);
}

void UndoController::track(QUndoStack *stack)
{
    // Whatever the user just did (or undid) stays what Ctrl+Z acts on next.
    connect(stack, &QUndoStack::indexChanged, this, [this, stack] { m_group->setActiveStack(stack); });
}

QUndoStack *UndoController::documentStack(qint64 documentId)
{
    if (documentId <= 0)
        return m_libraryStack;
    QUndoStack *&stack = m_documentStacks[documentId];
    if (!stack) {
        stack = new QUndoStack(this);
        m_group->addStack(stack);
        track(stack);
    }
    return stack;
}

QUndoStack *UndoController::activeStack() const
{
    return m_group->activeStack();
}

void UndoController::setCurrentDocument(qint64 documentId)
{
    m_currentDocument = documentId;
    activateDocumentStack();
}

void UndoController::activateLibraryStack()
{
    m_group->setActiveStack(m_libraryStack);
}

void UndoController::activateDocumentStack()
{
    m_group->setActiveStack(m_currentDocument ? documentStack(m_currentDocument) : m_libraryStack);
}

void UndoController::clear()
{
    for (QUndoStack *stack : std::as_const(m_documentStacks)) {
        // ~QUndoStack clears itself and signals indexChanged: track() must not make the
        // dying stack active again.
        disconnect(stack, nullptr, this, nullptr);
        m_group->removeStack(stack);
        delete stack;
    }
    m_documentStacks.clear();
    m_libraryStack->clear();
    m_currentDocument = 0;
    m_group->setActiveStack(m_libraryStack);
}

void UndoController::forgetDocument(qint64 documentId)
{
    QUndoStack *stack = m_documentStacks.take(documentId);
    if (!stack)
        return;
    if (m_currentDocument == documentId)
        m_currentDocument = 0;
    disconnect(stack, nullptr, this, nullptr);
    m_group->removeStack(stack);
    delete stack;
    if (!m_group->activeStack())
        m_group->setActiveStack(m_libraryStack);
}

QAction *UndoController::createUndoAction(QObject *parent) const
{
    QAction *action = m_group->createUndoAction(parent, tr("&Undo"));
    action->setShortcuts(QKeySequence::Undo);
    action->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    return action;
}

QAction *UndoController::createRedoAction(QObject *parent) const
{
    QAction *action = m_group->createRedoAction(parent, tr("&Redo"));
    action->setShortcuts(QKeySequence::Redo);
    action->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    return action;
}

} // namespace bitext::ui
