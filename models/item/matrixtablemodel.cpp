#include "models/item/matrixtablemodel.h"

#include "models/item/itemroles.h"

#include <QLocale>

#include <algorithm>

namespace bitext {

MatrixTableModel::MatrixTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MatrixTableModel::setMatrix(
    const MatrixTable &table, const QVector<double> &rowTotals, const QVector<double> &columnTotals, double grandTotal)
{
    beginResetModel();
    m_table = table;
    m_rowTotals = rowTotals;
    m_columnTotals = columnTotals;
    m_grandTotal = grandTotal;
    m_largest = 0;
    for (const QVector<double> &row : table.values)
        m_largest = std::max(m_largest, row.isEmpty() ? 0.0 : *std::max_element(row.cbegin(), row.cend()));
    endResetModel();
}

QString MatrixTableModel::text(double value) const
{
    if (m_table.measure == MatrixMeasure::Count)
        return QLocale().toString(qRound64(value));
    // A little coded text in a long transcript still shows as some.
    if (value > 0 && value < 0.0005)
        return QLatin1Char('<') + QLocale().toString(0.1, 'f', 1) + QLocale().percent();
    return QLocale().toString(value * 100, 'f', 1) + QLocale().percent();
}

int MatrixTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.rowCount() + (hasTotalsRow() ? 1 : 0);
}

int MatrixTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_table.rowCount() == 0 ? 0 : m_table.columnCount() + 2;
}

std::optional<double> MatrixTableModel::value(int row, int column) const
{
    const int c = column - 1;
    if (column == 0)
        return std::nullopt;
    if (row == m_table.rowCount()) {
        if (c == m_table.columnCount())
            return m_grandTotal;
        return m_columnTotals.value(c);
    }
    if (c == m_table.columnCount())
        return m_rowTotals.value(row);
    return m_table.value(row, c);
}

QVariant MatrixTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool totalsRow = row == m_table.rowCount();
    const bool totalsColumn = column == m_table.columnCount() + 1;
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return totalsRow ? tr("Total") : m_table.rowLabels.at(row);
        return text(*value(row, column));
    case Qt::ToolTipRole:
        if (column == 0 || totalsRow || totalsColumn)
            return {};
        return tr("%1 × %2: %3")
            .arg(m_table.rowLabels.at(row), m_table.columnLabels.at(column - 1), text(*value(row, column)));
    case Qt::TextAlignmentRole:
        return column == 0 ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                           : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case ItemRole::SortRole:
        if (column == 0)
            return totalsRow ? QString() : m_table.rowLabels.at(row);
        return *value(row, column);
    case ItemRole::MatrixHeatRole:
        if (column == 0 || totalsRow || totalsColumn || m_largest <= 0)
            return {};
        return *value(row, column) / m_largest;
    case ItemRole::MatrixRowRole:
        return totalsRow ? -1 : row;
    case ItemRole::MatrixColumnRole:
        return column == 0 ? -2 : (totalsColumn ? -1 : column - 1);
    case ItemRole::MatrixTotalRole:
        return totalsRow;
    default:
        return {};
    }
}

QVariant MatrixTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Code");
    if (section == m_table.columnCount() + 1)
        return tr("Total");
    const QString label = m_table.columnLabels.value(section - 1);
    // A title made from a transcript's first line: its start in the header, whole in the tooltip.
    constexpr int kShown = 16; // fits the 220 pixels a column gets at most, in Chinese too
    if (role == Qt::DisplayRole && label.size() > kShown)
        return QString(label.left(kShown - 1).trimmed() + QChar(0x2026));
    return label;
}

} // namespace bitext
