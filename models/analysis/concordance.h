#pragma once

#include "models/analysis/analysisfilter.h"
#include "models/analysis/codingtarget.h"

#include <QList>
#include <QString>

namespace bitext {

class Library;
class WordProgress;

// One occurrence of a word with its context (keyword in context).
struct ConcordanceLine
{
    qint64 documentId = 0;
    QString document; // title
    qint64 segmentId = 0;
    int segmentOrdinal = 0; // 0-based, as `bitext show` numbers them
    Side side = Side::Zh;
    QString speaker; // "" when none
    QString left; // up to the context's units before the word, in the segment
    QString word; // as written there (Traditional, capitalised, ...)
    QString right;
    int start = 0; // code points into the side's text
    int length = 0;

    CodingTarget target() const { return {documentId, segmentId, side, start, length}; }
};

// Every occurrence of a word in the text a filter selects (as WordFrequency reads it:
// inside the quotes when the filter has codes or coders), in library order. A word is
// found folded, so 价值观 finds 價值觀 and Alignment finds alignment, and only whole: the
// match must begin and end where WordBreaker's words do (cat does not find category;
// 对齐问题 finds the two words 对齐 问题 together).
class Concordance
{
public:
    static constexpr int kDefaultContext = 30; // units (TextUnits) on each side

    // Throws WordCountCanceled when `progress` was canceled, Error on a database error.
    static QList<ConcordanceLine> find(Library &library, const QString &word, const AnalysisFilter &filter,
        int contextUnits = kDefaultContext, WordProgress *progress = nullptr);
    // Sorted by the left context read backwards from the word (what comes just before
    // it first), or by the right context; ties by word and then library order.
    static void sortByLeft(QList<ConcordanceLine> &lines);
    static void sortByRight(QList<ConcordanceLine> &lines);
};

} // namespace bitext
