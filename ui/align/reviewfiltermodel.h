#pragma once

#include <QSortFilterProxyModel>

namespace bitext {
class SegmentModel;
}

namespace bitext::ui {

// The open document's pairs to review: the segment model's rows whose confidence is
// below AlignmentQuality::kReviewBelow, in reading order, each shown as its number, its
// confidence and the start of both sides. Follows the segment model (an accepted pair
// drops out as its confidence is cleared).
class ReviewFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReviewFilterModel(SegmentModel *segments, QObject *parent = nullptr);

    SegmentModel *segments() const { return m_segments; }
    // The reader's row of a listed pair, and the list's row of a reader row (-1: not listed).
    int sourceRow(int row) const;
    int rowOfSource(int sourceRow) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    SegmentModel *m_segments;
};

} // namespace bitext::ui
