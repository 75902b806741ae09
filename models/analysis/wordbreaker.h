#pragma once

#include <QString>
#include <QVector>

namespace bitext {

// One word of a text as ICU's word-break iterator finds it.
struct WordToken
{
    int start = 0; // code points into the text
    int length = 0; // code points
    int utf16Start = 0; // the same range in UTF-16 units, to cut the text with
    int utf16Length = 0;
    QString word; // folded (WordBreaker::fold): the form words are counted and found by
};

// Finds the words of a text with ICU's word BreakIterator (its dictionary segments
// Chinese, so 对齐 and 研究 come out whole; we write no segmenter of our own), keeping
// only the pieces its rules call words, numbers, letters, kana or ideographs: spaces and
// punctuation are no word. Word counts, the concordance and the stop words all compare
// words folded: Traditional Han characters to Simplified (價值觀 is 价值观) and Latin
// case-folded (Don't is don't). Thread-safe: each thread uses its own iterator.
class WordBreaker
{
public:
    static QVector<WordToken> words(const QString &text);
    // The folded form of a text, as long as it (UTF-16 units), so offsets carry over.
    static QString fold(const QString &text);
};

} // namespace bitext
