#include "ui/reader/readeraccessibleevents.h"

#include "models/item/segmentmodel.h"
#include "ui/reader/readeraccessible.h"
#include "ui/reader/readergeometry.h"
#include "ui/reader/readerpane.h"

#include <QAccessible>
#include <QEvent>
#include <QItemSelectionModel>

namespace bitext::ui {

ReaderAccessibleEvents::ReaderAccessibleEvents(ReaderPane *pane)
    : QObject(pane)
    , m_pane(pane)
{
    ReaderAccessible::installFactory();
    QItemSelectionModel *selection = pane->selectionModel();
    connect(selection, &QItemSelectionModel::currentRowChanged, this, &ReaderAccessibleEvents::currentRowChanged);
    connect(selection, &QItemSelectionModel::selectionChanged, this, &ReaderAccessibleEvents::selectionChanged);
    connect(pane->geometry()->model(), &QAbstractItemModel::modelReset, this, &ReaderAccessibleEvents::modelReset);
    pane->installEventFilter(this);
}

bool ReaderAccessibleEvents::eventFilter(QObject *watched, QEvent *event)
{
    // Qt reports the pane itself as focused after its focus-in event: the current row
    // follows once that is done, as Qt's item views report their current item.
    if (event->type() == QEvent::FocusIn && watched == m_pane && QAccessible::isActive()) {
        QMetaObject::invokeMethod(
            this, [this] { currentRowChanged(m_pane->selectionModel()->currentIndex()); }, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void ReaderAccessibleEvents::currentRowChanged(const QModelIndex &current)
{
    // Only the pane with the keyboard focus speaks; the other pane follows silently.
    if (!current.isValid() || !m_pane->hasFocus() || !QAccessible::isActive())
        return;
    QAccessibleEvent event(m_pane, QAccessible::Focus);
    event.setChild(ReaderAccessible::childIndex(current.row(), ReaderAccessible::focusColumn(m_pane)));
    QAccessible::updateAccessibility(&event);
}

void ReaderAccessibleEvents::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    if (!m_pane->isVisible() || !QAccessible::isActive())
        return;
    // As Qt's item views do: the first row added and removed; a larger change as a whole.
    const int column = ReaderAccessible::focusColumn(m_pane);
    const auto send = [this, column](const QItemSelection &rows, QAccessible::Event type) {
        if (rows.isEmpty())
            return;
        QAccessibleEvent event(m_pane, type);
        event.setChild(ReaderAccessible::childIndex(rows.first().top(), column));
        QAccessible::updateAccessibility(&event);
    };
    send(selected, QAccessible::SelectionAdd);
    send(deselected, QAccessible::SelectionRemove);
    if (selected.size() + deselected.size() > 2 || (!selected.isEmpty() && selected.first().height() > 1)) {
        QAccessibleEvent event(m_pane, QAccessible::SelectionWithin);
        QAccessible::updateAccessibility(&event);
    }
}

void ReaderAccessibleEvents::modelReset()
{
    if (!QAccessible::isActive())
        return;
    QAccessibleTableModelChangeEvent event(m_pane, QAccessibleTableModelChangeEvent::ModelReset);
    QAccessible::updateAccessibility(&event);
}

} // namespace bitext::ui
