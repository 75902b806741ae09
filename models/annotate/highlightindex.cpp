#include "models/annotate/highlightindex.h"

#include "models/annotate/anchor.h"

#include <algorithm>

namespace bitext {

namespace {
int sideIndex(Side side)
{
    return side == Side::Zh ? 0 : 1;
}
} // namespace

HighlightIndex::HighlightIndex(const QList<Segment> &segments, const QList<Annotation> &annotations)
{
    const SideText texts[2] = {SideText(segments, Side::Zh), SideText(segments, Side::En)};
    for (const Annotation &a : annotations) {
        const SideText &text = texts[sideIndex(a.side)];
        const int first = text.rowOfSegment(a.startSegmentId);
        const int last = text.rowOfSegment(a.endSegmentId);
        if (a.orphaned || first < 0 || last < first)
            continue;
        m_rows.insert(a.id, qMakePair(first, last));
        for (int row = first; row <= last; ++row) {
            const QPair<int, int> range = Anchor::rangeInRow(text, a, row);
            if (range.second > range.first)
                m_spans[sideIndex(a.side)][row] << Span{a.id, range.first, range.second, a.color};
        }
    }
    for (auto &bySide : m_spans) {
        for (QList<Span> &list : bySide)
            std::sort(list.begin(), list.end(), [](const Span &x, const Span &y) {
                // Longer spans first, so an inner highlight is painted (and hit) last.
                return x.start < y.start || (x.start == y.start && x.end > y.end);
            });
    }
}

QList<HighlightIndex::Span> HighlightIndex::spans(int row, Side side) const
{
    return m_spans[sideIndex(side)].value(row);
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
