#include "models/annotate/highlightindex.h"

#include "models/annotate/anchor.h"

#include <algorithm>
#include <limits>

namespace bitext {

namespace {
int sideIndex(Side side)
{
    return side == Side::Zh ? 0 : 1;
}

void sortSpans(QList<HighlightIndex::Span> &list)
{
    std::sort(list.begin(), list.end(), [](const HighlightIndex::Span &x, const HighlightIndex::Span &y) {
        // Longer spans first, so an inner highlight is painted (and hit) last.
        return x.start < y.start || (x.start == y.start && x.end > y.end);
    });
}

} // namespace

HighlightIndex::HighlightIndex(const QList<Segment> &segments, const QList<Annotation> &annotations)
{
    const SideText texts[2] = {SideText(segments, Side::Zh), SideText(segments, Side::En)};
    for (const Annotation &a : annotations)
        place(texts[sideIndex(a.side)], a);
    for (auto &bySide : m_spans) {
        for (QList<Span> &list : bySide)
            sortSpans(list);
    }
}

void HighlightIndex::update(
    const QList<Segment> &segments, const QList<Annotation> &changed, const QList<qint64> &removed)
{
    // Rows touched before and after, per side, to be sorted again.
    QList<int> rows[2];
    const auto touched = [&](qint64 id) {
        const auto it = m_extents.constFind(id);
        if (it != m_extents.constEnd()) {
            for (int row = it->startRow; row <= it->endRow; ++row)
                rows[sideIndex(it->side)] << row;
        }
    };
    for (qint64 id : removed) {
        touched(id);
        take(id);
    }
    if (!changed.isEmpty()) {
        const SideText texts[2] = {SideText(segments, Side::Zh), SideText(segments, Side::En)};
        for (const Annotation &a : changed) {
            touched(a.id);
            take(a.id);
            place(texts[sideIndex(a.side)], a);
            touched(a.id);
        }
    }
    sortRows(rows[0], Side::Zh);
    sortRows(rows[1], Side::En);
}

void HighlightIndex::place(const SideText &text, const Annotation &a)
{
    const int first = text.rowOfSegment(a.startSegmentId);
    const int last = text.rowOfSegment(a.endSegmentId);
    if (a.orphaned || first < 0 || last < first)
        return;
    m_rows.insert(a.id, qMakePair(first, last));
    Extent extent {a.side, first, 0, last, 0};
    for (int row = first; row <= last; ++row) {
        const QPair<int, int> range = Anchor::rangeInRow(text, a, row);
        if (row == first)
            extent.startPosition = range.first;
        if (row == last)
            extent.endPosition = range.second;
        if (range.second > range.first)
            m_spans[sideIndex(a.side)][row] << Span {a.id, range.first, range.second, a.color};
    }
    m_extents.insert(a.id, extent);
}

void HighlightIndex::take(qint64 annotationId)
{
    const Extent extent = m_extents.take(annotationId);
    m_rows.remove(annotationId);
    if (extent.startRow < 0)
        return;
    QHash<int, QList<Span>> &bySide = m_spans[sideIndex(extent.side)];
    for (int row = extent.startRow; row <= extent.endRow; ++row) {
        auto it = bySide.find(row);
        if (it == bySide.end())
            continue;
        it->erase(std::remove_if(it->begin(), it->end(), [&](const Span &s) { return s.annotationId == annotationId; }),
            it->end());
        if (it->isEmpty())
            bySide.erase(it);
    }
}

void HighlightIndex::sortRows(const QList<int> &rows, Side side)
{
    QHash<int, QList<Span>> &bySide = m_spans[sideIndex(side)];
    for (int row : rows) {
        auto it = bySide.find(row);
        if (it != bySide.end())
            sortSpans(*it);
    }
}

QList<HighlightIndex::Span> HighlightIndex::spans(int row, Side side) const
{
    return m_spans[sideIndex(side)].value(row);
}

qint64 HighlightIndex::annotationUnder(const Extent &range) const
{
    if (range.startRow < 0 || range.endRow < range.startRow)
        return 0;
    const auto before
        = [](int rowA, int posA, int rowB, int posB) { return rowA < rowB || (rowA == rowB && posA < posB); };
    // Text shared with the range, per annotation touching it.
    QHash<qint64, int> shared;
    for (int row = range.startRow; row <= range.endRow; ++row) {
        const int from = row == range.startRow ? range.startPosition : 0;
        const int to = row == range.endRow ? range.endPosition : std::numeric_limits<int>::max();
        const QList<Span> list = spans(row, range.side);
        for (const Span &s : list) {
            const int overlap = qMin(to, s.end) - qMax(from, s.start);
            if (overlap > 0)
                shared[s.annotationId] += overlap;
        }
    }
    qint64 inner = 0;
    Extent innerExtent;
    qint64 most = 0;
    for (auto it = shared.constBegin(); it != shared.constEnd(); ++it) {
        const Extent e = m_extents.value(it.key());
        const bool contains = !before(range.startRow, range.startPosition, e.startRow, e.startPosition)
            && !before(e.endRow, e.endPosition, range.endRow, range.endPosition);
        // Innermost: starts last, then ends first.
        if (contains
            && (!inner || before(innerExtent.startRow, innerExtent.startPosition, e.startRow, e.startPosition)
                || (innerExtent.startRow == e.startRow && innerExtent.startPosition == e.startPosition
                    && before(e.endRow, e.endPosition, innerExtent.endRow, innerExtent.endPosition)))) {
            inner = it.key();
            innerExtent = e;
        }
        if (!most || it.value() > shared.value(most) || (it.value() == shared.value(most) && it.key() > most))
            most = it.key();
    }
    return inner ? inner : most;
}

qint64 HighlightIndex::annotationAt(int row, Side side, int position) const
{
    qint64 found = 0;
    const QList<Span> list = spans(row, side);
    for (const Span &s : list) {
        if (s.start <= position && position < s.end)
            found = s.annotationId; // sorted: the last hit is the innermost
    }
    return found;
}

} // namespace bitext
