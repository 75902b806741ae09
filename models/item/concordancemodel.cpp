#include "models/item/concordancemodel.h"

#include <QFont>

namespace bitext {

void ConcordanceModel::setLines(const QList<ConcordanceLine> &lines)
{
    QList<ConcordanceLine> sorted = lines;
    sortLines(sorted);
    beginResetModel();
    m_libraryOrder = lines;
    m_lines = sorted;
    endResetModel();
}

void ConcordanceModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    QList<ConcordanceLine> sorted = m_libraryOrder;
    sortLines(sorted);
    beginResetModel();
    m_lines = sorted;
    endResetModel();
}

void ConcordanceModel::sortLines(QList<ConcordanceLine> &lines) const
{
    if (m_order == Order::Left)
        Concordance::sortByLeft(lines);
    else if (m_order == Order::Right)
        Concordance::sortByRight(lines);
}

int ConcordanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ConcordanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConcordanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return QVariant();
    const ConcordanceLine &line = m_lines.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        if (column == LeftColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (column == WordColumn)
            return int(Qt::AlignHCenter | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::FontRole && column == WordColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && column == DocumentColumn)
        return tr("%1, segment %2").arg(line.document).arg(line.segmentOrdinal + 1);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (Column(column)) {
    case DocumentColumn:
        return line.document;
    case SpeakerColumn:
        return line.speaker;
    case LeftColumn:
        return line.left;
    case WordColumn:
        return line.word;
    case RightColumn:
        return line.right;
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant ConcordanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DocumentColumn:
        return tr("Document");
    case SpeakerColumn:
        return tr("Speaker");
    case LeftColumn:
        return tr("Before");
    case WordColumn:
        return tr("Word");
    case RightColumn:
        return tr("After");
    case ColumnCount:
        break;
    }
    return QVariant();
}

} // namespace bitext
