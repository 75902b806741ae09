#pragma once

#include "models/analysis/analysisfilter.h"
#include "models/analysis/codedpassages.h"
#include "models/analysis/matrixtable.h"

#include <QList>
#include <QVector>

namespace bitext {

class Library;

// Computes a coding matrix: rows are the filter's codes (every tag of the checked
// subtrees, all tags without any; a row counts the quotes carrying that very tag, not
// its children's), columns speakers, documents or the same codes. Only the filter's
// text takes part (CodedPassages): its documents, its speakers' segments, its side and
// its coders' quotes; a quote is cut into pieces, one per segment it covers.
//
// Count (integers):
// - codes × speakers: the quotes with the row's code that have a piece in a segment of
//   the speaker (0: segments without a speaker). A quote over two speakers' turns counts
//   once for each of them.
// - codes × documents: the quotes with the row's code in the document.
// - codes × codes (co-occurrence, NVivo's "AND"): the number of pairs (a, b), a a quote
//   with the row's code A and b a quote with the column's code B, that co-occur: a and b
//   are the same quote (one quote carrying both codes counts once), or two different
//   quotes with a segment in common (overlapping on one side, or anywhere in the same
//   segment, on either side). Symmetric. On the diagonal only the same quote counts, so
//   cell (A, A) is A's number of quotes.
// Coverage (a fraction 0..1), in TextUnits (Chinese characters, English words; spaces
// and punctuation are no unit), a unit coded by several quotes counting once:
// - codes × speakers / documents: units of the column's text (the filter's sides of the
//   speaker's segments, of the document's) coded with the row's code, divided by all
//   units of the column's text.
// - codes × codes: units coded with both A and B, divided by the units coded with B:
//   the share of the column code's text also coded with the row code (1 on the diagonal
//   of a code with text).
// A column without text has coverage 0.
//
// Totals: a row's total is its code's number of quotes (count) or the share of all the
// filter's text it codes (coverage); a column's total (speakers and documents only) the
// quotes with any of the rows' codes in it, or the share of its text they code.
class CodingMatrix
{
public:
    explicit CodingMatrix(Library &library);

    // Reads the library and computes; the result stays for the accessors below.
    const MatrixTable &compute(const AnalysisFilter &filter, MatrixColumns columns, MatrixMeasure measure);
    const MatrixTable &table() const { return m_table; }
    const QVector<double> &rowTotals() const { return m_rowTotals; }
    // Empty for codes × codes.
    const QVector<double> &columnTotals() const { return m_columnTotals; }
    double grandTotal() const { return m_grandTotal; }

    // The quotes a cell counts, by id (MatrixQuotes puts them in reading order): for codes ×
    // codes the quotes of its pairs, both sides of each. A row or column of -1 stands
    // for the totals: (row, -1) the row's quotes, (-1, column) the column's.
    QList<qint64> cellAnnotations(int row, int column) const;

private:
    // The speaker's or document's column of a piece, -1 for none.
    int columnOf(const CodedPassages::Piece &piece) const;
    QVector<int> columnsOf(const CodedPassages::Quote &quote) const;
    void computeCounts();
    void computeCoOccurrence();
    void computeCoverage();
    // Per quote, the other quotes that share a segment with it (indexes into quotes()).
    void findNeighbours();
    void fillTable(MatrixColumns columns, MatrixMeasure measure);

    Library &m_library;
    CodedPassages m_passages;
    MatrixTable m_table;
    QVector<double> m_rowTotals;
    QVector<double> m_columnTotals;
    double m_grandTotal = 0;
    QHash<qint64, int> m_columnIndex; // speaker or document id -> column
    QVector<QVector<int>> m_neighbours; // codes × codes only
};

} // namespace bitext
