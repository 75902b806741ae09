#include "models/analysis/quoteranges.h"

#include "models/domain/annotation.h"
#include "models/domain/tag.h"
#include "models/store/annotationrepository.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

namespace bitext {

QSet<qint64> QuoteRanges::subtree(Library &library, const QList<qint64> &roots)
{
    QSet<qint64> tags(roots.cbegin(), roots.cend());
    if (tags.isEmpty())
        return tags;
    const QList<Tag> all = library.tags().list();
    // Parents come in any order: grow the set until no tag joins.
    for (bool grew = true; grew;) {
        grew = false;
        for (const Tag &tag : all) {
            if (!tags.contains(tag.id) && tags.contains(tag.parentId)) {
                tags.insert(tag.id);
                grew = true;
            }
        }
    }
    return tags;
}

QuoteRanges QuoteRanges::of(Library &library, qint64 documentId, const QList<Segment> &segments,
    const QSet<qint64> &tagIds, const QStringList &authors, std::optional<Side> side)
{
    QuoteRanges result;
    QHash<qint64, int> indexOf;
    for (int i = 0; i < segments.size(); ++i)
        indexOf.insert(segments.at(i).id, i);
    const QList<Annotation> annotations = library.annotations().list(documentId);
    for (const Annotation &a : annotations) {
        if (a.orphaned || (side && a.side != *side) || (!authors.isEmpty() && !authors.contains(a.author)))
            continue;
        if (!tagIds.isEmpty()
            && std::none_of(a.tagIds.cbegin(), a.tagIds.cend(), [&](qint64 id) { return tagIds.contains(id); }))
            continue;
        const int first = indexOf.value(a.startSegmentId, -1);
        const int last = indexOf.value(a.endSegmentId, -1);
        if (first < 0 || last < first)
            continue;
        for (int i = first; i <= last; ++i) {
            const Segment &s = segments.at(i);
            const int start = i == first ? a.startOffset : 0;
            const int end = i == last ? a.endOffset : int(s.text(a.side).toUcs4().size());
            if (end > start)
                result.m_ranges[qMakePair(s.id, int(a.side))].append(qMakePair(start, end));
        }
    }
    return result;
}

bool QuoteRanges::overlaps(const Ranges &ranges, int start, int length)
{
    return std::any_of(ranges.cbegin(), ranges.cend(),
        [&](const QPair<int, int> &r) { return r.first < start + length && start < r.second; });
}

} // namespace bitext
