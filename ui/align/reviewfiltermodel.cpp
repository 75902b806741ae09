#include "ui/align/reviewfiltermodel.h"

#include "models/item/itemroles.h"
#include "models/item/segmentmodel.h"
#include "ui/align/alignmentmark.h"

namespace bitext::ui {

namespace {

// The start of a side's text, on one line.
QString opening(const QString &text, int length)
{
    QString line = text.simplified();
    if (line.size() > length)
        line = line.left(length) + QChar(0x2026);
    return line;
}

} // namespace

ReviewFilterModel::ReviewFilterModel(SegmentModel *segments, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_segments(segments)
{
    setSourceModel(segments);
    // A pair accepted (its confidence cleared) leaves the list at once.
    setDynamicSortFilter(true);
}

int ReviewFilterModel::sourceRow(int row) const
{
    return mapToSource(index(row, 0)).row();
}

int ReviewFilterModel::rowOfSource(int sourceRow) const
{
    return mapFromSource(m_segments->index(sourceRow)).row();
}

bool ReviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return AlignmentMark::needsReview(*m_segments, sourceRow);
}

QVariant ReviewFilterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = sourceRow(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        const Segment &segment = m_segments->segmentAt(row);
        const int percent = qRound(100 * index.data(ItemRole::ConfidenceRole).toDouble());
        return tr("%1. %2% — %3 | %4").arg(row + 1).arg(percent).arg(opening(segment.zh, 18), opening(segment.en, 40));
    }
    if (role == Qt::ToolTipRole)
        return AlignmentMark::toolTip(*m_segments, row);
    return QSortFilterProxyModel::data(index, role);
}

} // namespace bitext::ui
