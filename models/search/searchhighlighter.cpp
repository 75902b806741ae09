#include "models/search/searchhighlighter.h"

#include "models/search/searchtokenizer.h"
#include "models/search/textnormalizer.h"

#include <algorithm>

namespace bitext {

SearchHighlighter::SearchHighlighter(const SearchQuery &query, Matching matching)
    : m_phrases(query.highlightPhrases())
    , m_needles(needles(m_phrases))
    , m_matching(matching)
{
}

SearchHighlighter::SearchHighlighter(QList<QueryPhrase> phrases, Matching matching)
    : m_phrases(std::move(phrases))
    , m_needles(needles(m_phrases))
    , m_matching(matching)
{
}

// A phrase can only match text that contains its longest token but a barrier (every
// other token of the phrase is text of the folded text, whole or in part), so most
// segments are passed over with one search instead of a look at each token.
QStringList SearchHighlighter::needles(const QList<QueryPhrase> &phrases)
{
    const QString barrier = SearchTokenizer::barrierText();
    QStringList result;
    for (const QueryPhrase &phrase : phrases) {
        QString longest;
        for (const QString &token : phrase.tokens) {
            if (token != barrier && token.size() > longest.size())
                longest = token;
        }
        result << longest;
    }
    return result;
}

void SearchHighlighter::matchWords(const QueryPhrase &phrase, const Folded &folded, QList<TextRange> &out)
{
    const int m = int(phrase.tokens.size());
    for (int k = 0; k + m <= folded.tokenCount; ++k) {
        bool match = true;
        for (int t = 0; t < m && match; ++t) {
            const QStringView token = SearchTokenizer::spanText(folded.text, folded.tokens[k + t]);
            const QString &wanted = phrase.tokens.at(t);
            match = (phrase.prefix && t == m - 1) ? token.startsWith(wanted) : token == wanted;
        }
        if (match)
            out.append(TextRange {folded.tokens[k].start, folded.tokens[k + m - 1].end - folded.tokens[k].start});
    }
}

void SearchHighlighter::matchSubstrings(const QueryPhrase &phrase, const Folded &folded, QList<TextRange> &out)
{
    const int m = int(phrase.tokens.size());
    if (m == 1) {
        const QString &wanted = phrase.tokens.first();
        if (wanted.isEmpty())
            return;
        for (int k = 0; k < folded.tokenCount; ++k) {
            const TokenSpan &span = folded.tokens[k];
            const QStringView token = SearchTokenizer::spanText(folded.text, span);
            for (qsizetype at = token.indexOf(wanted); at >= 0; at = token.indexOf(wanted, at + wanted.size()))
                out.append(TextRange {span.start + int(at), int(wanted.size())});
        }
        return;
    }
    const QString &first = phrase.tokens.first();
    const QString &last = phrase.tokens.last();
    for (int k = 0; k + m <= folded.tokenCount; ++k) {
        bool match = SearchTokenizer::spanText(folded.text, folded.tokens[k]).endsWith(first)
            && SearchTokenizer::spanText(folded.text, folded.tokens[k + m - 1]).startsWith(last);
        for (int t = 1; t < m - 1 && match; ++t)
            match = SearchTokenizer::spanText(folded.text, folded.tokens[k + t]) == phrase.tokens.at(t);
        if (!match)
            continue;
        const int start = folded.tokens[k].end - int(first.size());
        out.append(TextRange {start, folded.tokens[k + m - 1].start + int(last.size()) - start});
    }
}

QList<TextRange> SearchHighlighter::hits(const QString &original) const
{
    if (m_phrases.isEmpty() || original.isEmpty())
        return {};
    const NormalizedText normalized = TextNormalizer::instance().normalize(original);
    std::vector<TokenSpan> spans;
    SearchTokenizer::appendSpans(normalized.text, spans);
    return hits(Folded {normalized.text, spans.data(), int(spans.size()), normalized.originalStart.constData(),
        normalized.originalEnd.constData()});
}

QList<TextRange> SearchHighlighter::hits(const Folded &folded) const
{
    QList<TextRange> inNormalized;
    for (int i = 0; i < m_phrases.size(); ++i) {
        const QueryPhrase &phrase = m_phrases.at(i);
        if (phrase.tokens.isEmpty() || !folded.text.contains(QStringView(m_needles.at(i))))
            continue;
        if (m_matching == Matching::Substrings)
            matchSubstrings(phrase, folded, inNormalized);
        else
            matchWords(phrase, folded, inNormalized);
    }
    QList<TextRange> found;
    for (const TextRange &range : inNormalized) {
        if (range.length <= 0)
            continue;
        const int last = range.start + range.length - 1;
        const int start = folded.originalStart ? folded.originalStart[range.start] : range.start;
        const int end = folded.originalEnd ? folded.originalEnd[last] : last + 1;
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
