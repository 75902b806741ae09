#pragma once

#include "models/analysis/analysisfilter.h"
#include "models/analysis/stopwords.h"
#include "models/analysis/wordcountcache.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bitext {

class Library;
class WordProgress;

// What the word counts of a filter are split by: nothing (one table), or one table per
// document, per speaker or per code.
enum class WordGrouping { None, Document, Speaker, Code };

struct WordFrequencyOptions
{
    WordGrouping grouping = WordGrouping::None;
    int minimumLength = 1; // in code points: 2 leaves out one-character words
    StopWords stopWords; // left out (StopWords::current() for the user's lists)
};

struct WordFrequencyRow
{
    QString word; // folded: Simplified, case-folded
    qint64 count = 0;
    double rate = 0; // per 10,000 units (TextUnits) of the group's text
};

// One table: the whole filter, or one document, speaker or code of it.
struct WordFrequencyGroup
{
    qint64 id = 0; // document, speaker (0: no speaker) or tag id; 0 when not grouped
    QString label; // document title, speaker name or code path
    qint64 units = 0;
    QList<WordFrequencyRow> rows; // by count, most first, then by word
};

// Word frequencies of the text a filter selects, the numbers of the Words view and of
// `bitext report frequency`. The text is every segment side of the filter's documents,
// speakers and side; with codes or coders in the filter, only the parts of it inside
// their quotes (each code point once, however many quotes cover it). Words come from
// WordBreaker (folded, so 價值觀 counts with 价值观), stop words and words shorter than the
// minimum left out; rate = count × 10,000 / units of the same text (TextUnits::count, or
// TextUnits::covered inside quotes). Grouped by code, a code's text is its quotes and its
// subcodes' quotes.
// Whole documents' counts are kept in a WordCountCache when one is given (and in its
// cache file, WordCountFile, when it has one: then a later process reads them back);
// a document not kept yet is segmented (ICU), documents across the processor's cores.
class WordFrequency
{
    Q_DECLARE_TR_FUNCTIONS(WordFrequency)

public:
    // Throws WordCountCanceled when `progress` was canceled, Error on a database error.
    static QList<WordFrequencyGroup> compute(Library &library, const AnalysisFilter &filter,
        const WordFrequencyOptions &options, WordCountCache *cache = nullptr, WordProgress *progress = nullptr);
    // The counts of one document by speaker and side (what the cache keeps).
    static DocumentWordCounts countDocument(const QList<Segment> &segments);
};

} // namespace bitext
