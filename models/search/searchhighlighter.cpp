#include "models/search/searchhighlighter.h"

#include "models/search/searchtokenizer.h"
#include "models/search/textnormalizer.h"

#include <algorithm>

namespace bitext {

SearchHighlighter::SearchHighlighter(const SearchQuery &query, Matching matching)
    : m_phrases(query.highlightPhrases())
    , m_matching(matching)
{
}

SearchHighlighter::SearchHighlighter(QList<QueryPhrase> phrases, Matching matching)
    : m_phrases(std::move(phrases))
    , m_matching(matching)
{
}

void SearchHighlighter::matchWords(
    const QueryPhrase &phrase, const QList<SearchToken> &tokens, QList<TextRange> &out) const
{
    const int m = int(phrase.tokens.size());
    for (int k = 0; k + m <= tokens.size(); ++k) {
        bool match = true;
        for (int t = 0; t < m && match; ++t) {
            const QString &token = tokens.at(k + t).text;
            const QString &wanted = phrase.tokens.at(t);
            match = (phrase.prefix && t == m - 1) ? token.startsWith(wanted) : token == wanted;
        }
        if (match)
            out.append(TextRange {tokens.at(k).start, tokens.at(k + m - 1).end - tokens.at(k).start});
    }
}

void SearchHighlighter::matchSubstrings(
    const QueryPhrase &phrase, const QList<SearchToken> &tokens, QList<TextRange> &out) const
{
    const int m = int(phrase.tokens.size());
    if (m == 1) {
        const QString &wanted = phrase.tokens.first();
        for (const SearchToken &token : tokens) {
            for (int at = token.text.indexOf(wanted); at >= 0 && !wanted.isEmpty();
                 at = token.text.indexOf(wanted, at + int(wanted.size())))
                out.append(TextRange {token.start + at, int(wanted.size())});
        }
        return;
    }
    for (int k = 0; k + m <= tokens.size(); ++k) {
        const QString &first = phrase.tokens.first();
        const QString &last = phrase.tokens.last();
        bool match = tokens.at(k).text.endsWith(first) && tokens.at(k + m - 1).text.startsWith(last);
        for (int t = 1; t < m - 1 && match; ++t)
            match = tokens.at(k + t).text == phrase.tokens.at(t);
        if (!match)
            continue;
        const int start = tokens.at(k).end - int(first.size());
        out.append(TextRange {start, tokens.at(k + m - 1).start + int(last.size()) - start});
    }
}

QList<TextRange> SearchHighlighter::hits(const QString &original) const
{
    if (m_phrases.isEmpty() || original.isEmpty())
        return {};
    const NormalizedText normalized = TextNormalizer::instance().normalize(original);
    return hits(normalized, SearchTokenizer::tokenize(normalized));
}

QList<TextRange> SearchHighlighter::hits(const NormalizedText &normalized, const QList<SearchToken> &tokens) const
{
    QList<TextRange> inNormalized;
    for (const QueryPhrase &phrase : m_phrases) {
        if (phrase.tokens.isEmpty())
            continue;
        if (m_matching == Matching::Substrings)
            matchSubstrings(phrase, tokens, inNormalized);
        else
            matchWords(phrase, tokens, inNormalized);
    }
    QList<TextRange> found;
    for (const TextRange &range : inNormalized) {
        if (range.length <= 0)
            continue;
        const int start = normalized.originalStart.at(range.start);
        const int end = normalized.originalEnd.at(range.start + range.length - 1);
        found.append(TextRange {start, end - start});
    }
    std::sort(found.begin(), found.end(), [](const TextRange &a, const TextRange &b) {
        return a.start < b.start || (a.start == b.start && a.length > b.length);
    });
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
    result.text
        = (from > 0 ? ellipsis : QString()) + text.mid(from, to - from) + (to < text.size() ? ellipsis : QString());
    for (QChar &c : result.text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    for (const TextRange &hit : hits) {
        const int start = std::max(hit.start, from);
        const int end = std::min(hit.start + hit.length, to);
        if (end > start)
            result.hits.append(TextRange {start - from + shift, end - start});
    }
    return result;
}

} // namespace bitext
