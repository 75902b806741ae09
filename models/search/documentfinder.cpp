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

namespace {

// Whether folding left every position where it was (the common case: case folding and
// Traditional to Simplified change characters one for one), so no offsets are kept.
bool keepsPositions(const NormalizedText &text)
{
    for (int i = 0; i < text.text.size(); ++i) {
        if (text.originalStart.at(i) != i || text.originalEnd.at(i) != i + 1)
            return false;
    }
    return true;
}

} // namespace

DocumentFinder::DocumentFinder(const QList<Segment> &segments)
{
    const TextNormalizer &normalizer = TextNormalizer::instance();
    m_sides.reserve(size_t(segments.size()) * 2);
    for (const Segment &segment : segments) {
        for (const Side side : {Side::Zh, Side::En}) {
            const QString &original = segment.text(side);
            if (original.isEmpty())
                continue;
            const NormalizedText folded = normalizer.normalize(original);
            PreparedSide prepared;
            prepared.segmentId = segment.id;
            prepared.segmentOrdinal = segment.ordinal;
            prepared.side = side;
            prepared.textStart = int(m_folded.size());
            prepared.textLength = int(folded.text.size());
            prepared.tokenStart = int(m_tokens.size());
            m_folded += folded.text;
            SearchTokenizer::appendSpans(folded.text, m_tokens);
            prepared.tokenCount = int(m_tokens.size()) - prepared.tokenStart;
            if (!keepsPositions(folded)) {
                prepared.offsetsStart = int(m_originalOffsets.size());
                m_originalOffsets.insert(
                    m_originalOffsets.end(), folded.originalStart.begin(), folded.originalStart.end());
                m_originalOffsets.insert(m_originalOffsets.end(), folded.originalEnd.begin(), folded.originalEnd.end());
            }
            m_sides.push_back(prepared);
        }
    }
    m_folded.squeeze();
    m_tokens.shrink_to_fit();
    m_originalOffsets.shrink_to_fit();
    m_sides.shrink_to_fit();
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
        SearchHighlighter::Folded folded;
        folded.text = QStringView(m_folded).mid(side.textStart, side.textLength);
        folded.tokens = m_tokens.data() + side.tokenStart;
        folded.tokenCount = side.tokenCount;
        if (side.offsetsStart >= 0) {
            folded.originalStart = m_originalOffsets.data() + side.offsetsStart;
            folded.originalEnd = folded.originalStart + side.textLength;
        }
        const QList<TextRange> ranges = highlighter.hits(folded);
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
