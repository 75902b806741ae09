#include "models/item/wordfrequencymodel.h"

#include <QFont>
#include <QLocale>

namespace bitext {

void WordFrequencyModel::setGroups(const QList<WordFrequencyGroup> &groups, WordGrouping grouping)
{
    QList<Row> rows;
    qint64 units = 0;
    for (const WordFrequencyGroup &group : groups) {
        units += group.units;
        for (const WordFrequencyRow &row : group.rows)
            rows.append({group.label, row});
    }
    beginResetModel();
    m_rows = rows;
    m_grouping = grouping;
    m_units = units;
    endResetModel();
}

int WordFrequencyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WordFrequencyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WordFrequencyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Row &row = m_rows.at(index.row());
    if (role == WordRole)
        return row.word.word;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole && role != SortRole)
        return QVariant();
    switch (Column(index.column())) {
    case GroupColumn:
        return row.group;
    case WordColumn:
        return row.word.word;
    case CountColumn:
        return role == SortRole ? QVariant(row.word.count) : QVariant(QLocale().toString(row.word.count));
    case RateColumn:
        return role == SortRole ? QVariant(row.word.rate) : QVariant(QLocale().toString(row.word.rate, 'f', 1));
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant WordFrequencyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case GroupColumn:
        switch (m_grouping) {
        case WordGrouping::Document:
            return tr("Document");
        case WordGrouping::Speaker:
            return tr("Speaker");
        case WordGrouping::Code:
            return tr("Code");
        case WordGrouping::None:
            break;
        }
        return QString();
    case WordColumn:
        return tr("Word");
    case CountColumn:
        return tr("Count");
    case RateColumn:
        return tr("Per 10,000");
    case ColumnCount:
        break;
    }
    return QVariant();
}

} // namespace bitext
