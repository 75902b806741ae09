#pragma once

#include "models/domain/annotation.h"
#include "models/domain/segment.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QVector>

namespace bitext {

class SideText;

// The highlights of one document by segment row, ready for a reader delegate to
// paint: which UTF-16 ranges of a row's zh or en text are highlighted, in which
// colour, by which annotation. Orphaned annotations are left out (they show in the
// annotations list only).
class HighlightIndex
{
public:
    struct Span
    {
        qint64 annotationId = 0;
        int start = 0; // UTF-16 index into the row's text on that side
        int end = 0;   // exclusive
        QColor color;
    };

    // Where a placed annotation is: its side, and its start and end as (row, UTF-16
    // position in that row's text), the end exclusive.
    struct Extent
    {
        Side side = Side::Zh;
        int startRow = -1;
        int startPosition = 0;
        int endRow = -1;
        int endPosition = 0;
    };

    HighlightIndex() = default;
    // `segments` in row order (as DocumentRepository::segments returns them).
    HighlightIndex(const QList<Segment> &segments, const QList<Annotation> &annotations);

    // Re-places a few annotations without re-reading the others: `changed` are
    // placed anew (or left out when orphaned), `removed` taken out. `segments` as for
    // the constructor.
    void update(const QList<Segment> &segments, const QList<Annotation> &changed, const QList<qint64> &removed);

    // Spans of a row on one side, in text order (they may overlap).
    QList<Span> spans(int row, Side side) const;
    bool hasHighlight(int row, Side side) const { return !spans(row, side).isEmpty(); }
    // The annotation under a UTF-16 position of a row's text (the innermost, i.e. the
    // latest starting), or 0.
    qint64 annotationAt(int row, Side side, int position) const;
    // Rows an annotation covers, first and last (-1, -1 when not placed).
    QPair<int, int> rows(qint64 annotationId) const { return m_rows.value(annotationId, qMakePair(-1, -1)); }
    // Where an annotation is (startRow -1 when not placed).
    Extent extent(qint64 annotationId) const { return m_extents.value(annotationId); }
    // The highlight a selected range of one side is on: the innermost one containing
    // it, else the one sharing the most text with it; 0 when the range touches none.
    // (What "the highlight under the selection" means for Remove Highlight.)
    qint64 annotationUnder(const Extent &range) const;

private:
    void place(const SideText &text, const Annotation &annotation);
    void take(qint64 annotationId);
    void sortRows(const QList<int> &rows, Side side);

    QHash<int, QList<Span>> m_spans[2]; // by Side: row -> spans
    QHash<qint64, QPair<int, int>> m_rows;
    QHash<qint64, Extent> m_extents;
};

} // namespace bitext
