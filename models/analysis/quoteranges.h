#pragma once

#include "models/analysis/analysisfilter.h"
#include "models/domain/segment.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QVector>

namespace bitext {

class Library;

// Where the quotes of some codes lie in one document: for each segment side they touch,
// the ranges [start, end) in code points of its text. The word counts and the
// concordance of a filter with codes or coders look only inside these.
class QuoteRanges
{
public:
    using Ranges = QVector<QPair<int, int>>;

    // The tags of `roots` and every tag below them (empty roots: empty set).
    static QSet<qint64> subtree(Library &library, const QList<qint64> &roots);
    // The ranges of the document's quotes that carry one of `tagIds` (any tag when
    // empty) and are by one of `authors` (anyone when empty), on `side` if given.
    // `segments` are the document's segments in order.
    static QuoteRanges of(Library &library, qint64 documentId, const QList<Segment> &segments,
        const QSet<qint64> &tagIds, const QStringList &authors, std::optional<Side> side);

    Ranges ranges(qint64 segmentId, Side side) const { return m_ranges.value(qMakePair(segmentId, int(side))); }
    bool isEmpty() const { return m_ranges.isEmpty(); }
    // True when one of the ranges holds a code point of [start, start + length).
    static bool overlaps(const Ranges &ranges, int start, int length);

private:
    QHash<QPair<qint64, int>, Ranges> m_ranges;
};

} // namespace bitext
