#include "models/search/searchhighlighter.h"

#include "models/search/searchtokenizer.h"
#include "models/search/textnormalizer.h"

#include <algorithm>

namespace bitext {

SearchHighlighter::SearchHighlighter(const SearchQuery &query) : m_phrases(query.highlightPhrases()) {}

SearchHighlighter::SearchHighlighter(QList<QueryPhrase> phrases) : m_phrases(std::move(phrases)) {}

QList<TextRange> SearchHighlighter::hits(const QString &original) const
{
    if (m_phrases.isEmpty() || original.isEmpty())
        return {};
    const NormalizedText normalized = TextNormalizer::instance().normalize(original);
    const QList<SearchToken> tokens = SearchTokenizer::tokenize(normalized);
    QList<TextRange> found;
    for (const QueryPhrase &phrase : m_phrases) {
        const int m = int(phrase.tokens.size());
        for (int k = 0; k + m <= tokens.size(); ++k) {
            bool match = true;
            for (int t = 0; t < m && match; ++t) {
                const QString &token = tokens.at(k + t).text;
                const QString &wanted = phrase.tokens.at(t);
                match = (phrase.prefix && t == m - 1) ? token.startsWith(wanted) : token == wanted;
            }
            if (!match)
                continue;
            const int start = normalized.originalStart.at(tokens.at(k).start);
            const int end = normalized.originalEnd.at(tokens.at(k + m - 1).end - 1);
            found.append(TextRange{start, end - start});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const TextRange &a, const TextRange &b) { return a.start < b.start || (a.start == b.start && a.length > b.length); });
    QList<TextRange> merged;
    for (const TextRange &range : found) {
        if (!merged.isEmpty() && range.start <= merged.last().start + merged.last().length) {
            TextRange &last = merged.last();
            last.length = std::max(last.start + last.length, range.start + range.length) - last.start;
        } else {
            merged.append(range);
        }
    }
    return merged;
}

SearchHighlighter::Snippet SearchHighlighter::snippet(const QString &text, const QList<TextRange> &hits, int maxLength)
{
    int from = 0;
    int to = int(text.size());
    if (to > maxLength) {
        // Start a little before the first hit so it is seen in context.
        const int first = hits.isEmpty() ? 0 : hits.first().start;
        from = std::max(0, first - maxLength / 4);
        to = std::min(int(text.size()), from + maxLength);
        from = std::max(0, to - maxLength);
        // Never cut a surrogate pair in half.
        if (from > 0 && text.at(from).isLowSurrogate())
            ++from;
        if (to < text.size() && to > 0 && text.at(to - 1).isHighSurrogate())
            --to;
    }
    Snippet result;
    const QString ellipsis = QString(QChar(0x2026));
    const int shift = from > 0 ? 1 : 0;
    result.text = (from > 0 ? ellipsis : QString()) + text.mid(from, to - from) + (to < text.size() ? ellipsis : QString());
    for (QChar &c : result.text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    for (const TextRange &hit : hits) {
        const int start = std::max(hit.start, from);
        const int end = std::min(hit.start + hit.length, to);
        if (end > start)
            result.hits.append(TextRange{start - from + shift, end - start});
    }
    return result;
}

} // namespace bitext
