#pragma once

#include "models/analysis/analysisfilter.h"
#include "models/analysis/codingtarget.h"

#include <QList>
#include <QString>

namespace bitext {

class Library;

// A passage one coder coded with a code and the other did not: a range of one segment's
// side (a disagreement running over several segments is one passage per segment, so
// each can be opened like a search hit), with its text and who coded it.
struct Disagreement
{
    CodingTarget passage; // start and length in code points of the segment's side text
    QString coder;
    QString text;
};

// The comparison of two coders on one code in one document.
struct AgreementRow
{
    qint64 documentId = 0;
    QString documentTitle;
    qint64 tagId = 0;
    QString tagPath;
    QString coderA; // coderA < coderB
    QString coderB;
    // Characters (code points) coded by both, by A only, by B only, by neither.
    qint64 both = 0;
    qint64 aOnly = 0;
    qint64 bOnly = 0;
    qint64 neither = 0;
    QList<Disagreement> disagreements; // in reading order, zh before en

    qint64 total() const { return both + aOnly + bOnly + neither; }
    // (both + neither) / total, a fraction 0..1 (1 for a document without text).
    double agreement() const;
    double kappa() const { return kappaOf(both, aOnly, bOnly, neither); }

    // Cohen's kappa from the four counts: (Po − Pe) / (1 − Pe) with Pe = pA·pB +
    // (1 − pA)(1 − pB) from each coder's share of coded characters; 1 when Pe is 1 (both
    // coded everything, or both nothing: they agree on every character).
    static double kappaOf(qint64 both, qint64 aOnly, qint64 bOnly, qint64 neither);
};

// Agreement between coders, as NVivo's coding comparison: for every document coded by two
// or more people (Annotation::author), every code either of a pair used there and every
// pair of them, the characters of the document's text each coded with that code compared
// one by one.
//
// - Units are the code points of the segments' texts (spaces and punctuation included,
//   as NVivo counts characters), of both sides summed, or of the filter's side only. A
//   document whose English side is empty contributes only its Chinese characters. With
//   a speaker filter only those speakers' segments count.
// - A code is one tag, not its subtree (NVivo compares node by node): a quote tagged
//   Risk/Misuse counts for Risk/Misuse, not for Risk. The filter's tags select which codes
//   are compared (each with the codes below it).
// - A coder of a document is an author of at least one placed (not orphaned) quote there
//   carrying a compared code; the filter's authors narrow the coders.
// - Overlapping quotes of one coder count each character once.
class CoderAgreement
{
public:
    explicit CoderAgreement(Library &library);

    // Rows ordered by document title, code path, coder A, coder B. Throws Error when the
    // library cannot be read.
    QList<AgreementRow> compute(const AnalysisFilter &filter) const;

private:
    Library &m_library;
};

} // namespace bitext
