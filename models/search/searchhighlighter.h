#pragma once

#include "models/search/searchquery.h"
#include "models/search/searchresult.h"
#include "models/search/searchtokenizer.h"

namespace bitext {

// Finds where a query's phrases occur in original text, with the same folding and
// tokens as the index, and cuts snippets around them. Used for search results
// and for find-in-document.
class SearchHighlighter
{
public:
    // Text already folded and tokenized, seen without copies. originalStart/End map each
    // folded position back to the original (as in NormalizedText); null when every
    // folded position is the same position of the original.
    struct Folded
    {
        QStringView text;
        const TokenSpan *tokens = nullptr;
        int tokenCount = 0;
        const int *originalStart = nullptr;
        const int *originalEnd = nullptr;
    };

    // Words: a phrase matches whole tokens, as the index does (library search).
    // Substrings: as in a browser's find while typing: a one-token phrase matches inside
    // a word ("cl" and "aud" in Claude), a longer one may start inside its first word
    // and end inside its last ("ude co" in Claude Code). Chinese is one token per
    // character either way.
    enum class Matching { Words, Substrings };

    explicit SearchHighlighter(const SearchQuery &query, Matching matching = Matching::Words);
    explicit SearchHighlighter(QList<QueryPhrase> phrases, Matching matching = Matching::Words);

    // Sorted, non-overlapping ranges of `original` that match a phrase.
    QList<TextRange> hits(const QString &original) const;
    // The same for text already folded and tokenized (ranges in the original text).
    QList<TextRange> hits(const Folded &folded) const;

    struct Snippet
    {
        QString text;
        QList<TextRange> hits;
    };
    // At most about maxLength characters around the first hit, with "…" where cut
    // and line breaks turned into spaces.
    static Snippet snippet(const QString &text, const QList<TextRange> &hits, int maxLength = 160);

private:
    // Normalised [start, end) of each match of one phrase in the tokens.
    static void matchWords(const QueryPhrase &phrase, const Folded &folded, QList<TextRange> &out);
    static void matchSubstrings(const QueryPhrase &phrase, const Folded &folded, QList<TextRange> &out);

    static QStringList needles(const QList<QueryPhrase> &phrases);

    QList<QueryPhrase> m_phrases;
    QStringList m_needles; // per phrase: text that every match contains
    Matching m_matching;
};

} // namespace bitext
