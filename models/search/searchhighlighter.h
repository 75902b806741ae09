#pragma once

#include "models/search/searchquery.h"
#include "models/search/searchresult.h"

namespace bitext {

// Finds where a query's phrases occur in original text, with the same folding and
// tokens as the index, and cuts snippets around them. Used for search results
// and for find-in-document.
class SearchHighlighter
{
public:
    explicit SearchHighlighter(const SearchQuery &query);
    explicit SearchHighlighter(QList<QueryPhrase> phrases);

    // Sorted, non-overlapping ranges of `original` that match a phrase.
    QList<TextRange> hits(const QString &original) const;

    struct Snippet
    {
        QString text;
        QList<TextRange> hits;
    };
    // At most about maxLength characters around the first hit, with "…" where cut
    // and line breaks turned into spaces.
    static Snippet snippet(const QString &text, const QList<TextRange> &hits, int maxLength = 160);

private:
    QList<QueryPhrase> m_phrases;
};

} // namespace bitext
