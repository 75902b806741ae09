#include "ui/reader/readeraccessible.h"

#include "models/item/segmentmodel.h"
#include "ui/reader/readercellaccessible.h"
#include "ui/reader/readergeometry.h"
#include "ui/reader/readerheaderaccessible.h"
#include "ui/reader/readerpane.h"

#include <QItemSelectionModel>

#include <algorithm>

namespace bitext::ui {

ReaderAccessible::ReaderAccessible(ReaderPane *pane)
    : QAccessibleWidget(pane, QAccessible::Table)
{
    // Cells name rows by number: any change of rows makes the cached ones stale.
    m_cells.clearOnChanges(pane->geometry()->model(), pane, AccessibleChildren::Rows);
}

void ReaderAccessible::installFactory()
{
    installAccessibleFactory<ReaderPane, ReaderAccessible>();
}

int ReaderAccessible::focusColumn(const ReaderPane *pane)
{
    const ReaderGeometry *geometry = pane->geometry();
    if (pane->column() >= geometry->columnCount())
        return ChineseColumn;
    return geometry->sidesOf(pane->column()).first() == Side::En ? EnglishColumn : ChineseColumn;
}

QString ReaderAccessible::columnName(int column)
{
    switch (column) {
    case SpeakerColumn:
        return tr("Speaker");
    case ChineseColumn:
        return tr("Chinese");
    case EnglishColumn:
        return tr("English");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}

QAccessibleInterface *ReaderAccessible::columnHeader(int column) const
{
    if (column < 0 || column >= ColumnCount)
        return nullptr;
    return m_headers.get(column, [this, column] { return new ReaderHeaderAccessible(pane(), column); });
}

ReaderPane *ReaderAccessible::pane() const
{
    return static_cast<ReaderPane *>(widget());
}

QString ReaderAccessible::text(QAccessible::Text t) const
{
    if (t != QAccessible::Name || !widget()->accessibleName().isEmpty())
        return QAccessibleWidget::text(t);
    const ReaderGeometry *geometry = pane()->geometry();
    if (pane()->column() >= geometry->columnCount())
        return tr("Transcript");
    const QVector<Side> &sides = geometry->sidesOf(pane()->column());
    if (sides.size() > 1)
        return tr("Transcript, Chinese and English");
    return sides.first() == Side::Zh ? tr("Transcript, Chinese") : tr("Transcript, English");
}

QAccessible::Role ReaderAccessible::role() const
{
    return QAccessible::Table;
}

QAccessible::State ReaderAccessible::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    s.readOnly = true;
    s.multiSelectable = true;
    s.extSelectable = true;
    return s;
}

int ReaderAccessible::rowCount() const
{
    return pane()->geometry()->model()->rowCount();
}

int ReaderAccessible::childCount() const
{
    return rowCount() * ColumnCount;
}

QAccessibleInterface *ReaderAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    return m_cells.get(
        index, [this, index] { return new ReaderCellAccessible(pane(), index / ColumnCount, index % ColumnCount); });
}

QAccessibleInterface *ReaderAccessible::cellAt(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= ColumnCount)
        return nullptr;
    return child(childIndex(row, column));
}

int ReaderAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *cell = dynamic_cast<const ReaderCellAccessible *>(child);
    if (!cell || cell->pane() != pane() || !cell->isValid())
        return -1;
    return childIndex(cell->row(), cell->column());
}

QAccessibleInterface *ReaderAccessible::childAt(int x, int y) const
{
    const ReaderHit hit = pane()->hitTest(pane()->viewport()->mapFromGlobal(QPoint(x, y)));
    if (hit.row < 0 || !pane()->viewport()->rect().contains(pane()->viewport()->mapFromGlobal(QPoint(x, y))))
        return nullptr;
    if (hit.offset < 0)
        return cellAt(hit.row, SpeakerColumn);
    return cellAt(hit.row, hit.side == Side::En ? EnglishColumn : ChineseColumn);
}

QAccessibleInterface *ReaderAccessible::focusChild() const
{
    const int row = pane()->selectionModel()->currentIndex().row();
    if (!pane()->hasFocus() || row < 0)
        return nullptr;
    return cellAt(row, focusColumn(pane()));
}

void *ReaderAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TableInterface)
        return static_cast<QAccessibleTableInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

int ReaderAccessible::selectedCellCount() const
{
    return selectedRowCount() * ColumnCount;
}

QList<QAccessibleInterface *> ReaderAccessible::selectedCells() const
{
    QList<QAccessibleInterface *> cells;
    const QList<int> rows = selectedRows();
    for (int row : rows) {
        for (int column = 0; column < ColumnCount; ++column)
            cells << cellAt(row, column);
    }
    return cells;
}

QString ReaderAccessible::columnDescription(int column) const
{
    return columnName(column);
}

QString ReaderAccessible::rowDescription(int) const
{
    return {};
}

int ReaderAccessible::selectedRowCount() const
{
    return int(pane()->selectionModel()->selectedRows().size());
}

QList<int> ReaderAccessible::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList indexes = pane()->selectionModel()->selectedRows();
    for (const QModelIndex &index : indexes)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool ReaderAccessible::isRowSelected(int row) const
{
    return pane()->selectionModel()->isRowSelected(row, QModelIndex());
}

bool ReaderAccessible::selectRow(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    pane()->selectionModel()->select(pane()->geometry()->model()->index(row, 0), QItemSelectionModel::Select);
    return true;
}

bool ReaderAccessible::unselectRow(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    pane()->selectionModel()->select(pane()->geometry()->model()->index(row, 0), QItemSelectionModel::Deselect);
    return true;
}

void ReaderAccessible::modelChange(QAccessibleTableModelChangeEvent *)
{
    m_cells.clear();
}

} // namespace bitext::ui
