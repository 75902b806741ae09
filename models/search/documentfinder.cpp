#include "models/search/documentfinder.h"

#include "models/search/searchhighlighter.h"
#include "models/search/searchquery.h"
#include "models/search/searchtokenizer.h"
#include "models/search/textnormalizer.h"

#include <QRegularExpression>

namespace bitext {

namespace {

// Quotes, parentheses, a trailing * or an upper-case operator: the user writes the
// library search's syntax. Anything else is text to find as typed.
bool usesQuerySyntax(const QString &query)
{
    static const QRegularExpression syntax(QStringLiteral("[\"“”＂()*]|\\b(AND|OR|NOT)\\b"));
    return syntax.match(query).hasMatch();
}

} // namespace

QList<QueryPhrase> DocumentFinder::phrases(const QString &query)
{
    if (usesQuerySyntax(query))
        return SearchQuery::parse(query).highlightPhrases();
    // Plain text is one phrase, as in a browser: "claude co" finds "Claude Code", not
    // every "co".
    QueryPhrase phrase;
    const QList<SearchToken> tokens = SearchTokenizer::tokenize(TextNormalizer::instance().normalize(query));
    for (const SearchToken &token : tokens)
        phrase.tokens << token.text;
    if (phrase.tokens.isEmpty())
        return {};
    return {phrase};
}

DocumentFinder::DocumentFinder(const QList<Segment> &segments)
{
    const TextNormalizer &normalizer = TextNormalizer::instance();
    for (const Segment &segment : segments) {
        for (const Side side : {Side::Zh, Side::En}) {
            const QString &original = segment.text(side);
            if (original.isEmpty())
                continue;
            PreparedSide prepared;
            prepared.segmentId = segment.id;
            prepared.segmentOrdinal = segment.ordinal;
            prepared.side = side;
            prepared.text = normalizer.normalize(original);
            prepared.tokens = SearchTokenizer::tokenize(prepared.text);
            m_sides << prepared;
        }
    }
}

QList<DocumentHit> DocumentFinder::find(const QString &query) const
{
    const QList<QueryPhrase> wanted = phrases(query);
    QList<DocumentHit> result;
    if (wanted.isEmpty())
        return result;
    // Substrings: the hits grow with each letter typed (Cl, Cla, … Claude).
    const SearchHighlighter highlighter(wanted, SearchHighlighter::Matching::Substrings);
    for (const PreparedSide &side : m_sides) {
        const QList<TextRange> ranges = highlighter.hits(side.text, side.tokens);
        for (const TextRange &range : ranges)
            result.append(DocumentHit {side.segmentId, side.segmentOrdinal, side.side, range});
    }
    return result;
}

QList<DocumentHit> DocumentFinder::find(const QList<Segment> &segments, const QString &query)
{
    return DocumentFinder(segments).find(query);
}

} // namespace bitext
