#include "models/search/documentfinder.h"

#include "models/search/searchhighlighter.h"
#include "models/search/searchquery.h"

namespace bitext {

QList<DocumentHit> DocumentFinder::find(const QList<Segment> &segments, const QString &query)
{
    const SearchQuery parsed = SearchQuery::parse(query);
    QList<DocumentHit> result;
    if (parsed.isEmpty())
        return result;
    // Marks every phrase of the query; AND/OR/NOT only matter for library search.
    const SearchHighlighter highlighter(parsed);
    for (const Segment &segment : segments) {
        for (const Side side : {Side::Zh, Side::En}) {
            const QList<TextRange> ranges = highlighter.hits(segment.text(side));
            for (const TextRange &range : ranges)
                result.append(DocumentHit{segment.id, segment.ordinal, side, range});
        }
    }
    return result;
}

} // namespace bitext
