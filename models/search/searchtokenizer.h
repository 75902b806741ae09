#pragma once

#include "models/search/textnormalizer.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace bitext {

// One unit of searchable text: a word, a single Han (or kana) character, or a
// barrier standing for punctuation. start/end index the normalised text.
struct SearchToken
{
    QString text;
    int start = 0;
    int end = 0;
    bool barrier = false;
};

// A token without a copy of its text: [start, end) of the normalised text. A barrier
// is empty (start == end; every other token has text), so a token costs 8 bytes and
// no allocation: what find-in-document keeps for a whole document.
struct TokenSpan
{
    int start = 0;
    int end = 0;
    bool isBarrier() const { return start == end; }
};

// Splits normalised text into the tokens the full-text index stores. Han
// characters become one token each, so a phrase of consecutive characters finds
// any Chinese string of any length; punctuation becomes a barrier token that no
// query term can produce, so a phrase never matches across it (对，齐 is not 对齐).
class SearchTokenizer
{
public:
    static QList<SearchToken> tokenize(const NormalizedText &text);
    // The same tokens as spans of `text`, appended to `out`.
    static void appendSpans(QStringView text, std::vector<TokenSpan> &out);
    // The text of a span: a view of `text`, or of the barrier character.
    static QStringView spanText(QStringView text, const TokenSpan &span);
    // The text stored in the FTS5 table for `original`: folded tokens joined by spaces.
    static QString indexText(const QString &original);
    // How a barrier token is written in the index and in phrase queries.
    static QString barrierText();
};

} // namespace bitext
