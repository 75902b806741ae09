#include "models/analysis/codingmatrix.h"

#include "models/analysis/textunits.h"

#include <QBitArray>
#include <QSet>

#include <algorithm>

namespace bitext {

namespace {

double ratio(double part, double whole)
{
    return whole > 0 ? part / whole : 0;
}

// Two documents may share a title; a column (and a JSON key) must not.
QStringList uniqueLabels(const QList<qint64> &ids, const QStringList &labels)
{
    QStringList result = labels;
    for (int i = 0; i < labels.size(); ++i) {
        if (labels.count(labels.at(i)) > 1)
            result[i] = QStringLiteral("%1 (%2)").arg(labels.at(i)).arg(ids.at(i));
    }
    return result;
}

} // namespace

CodingMatrix::CodingMatrix(Library &library)
    : m_library(library)
{
}

const MatrixTable &CodingMatrix::compute(const AnalysisFilter &filter, MatrixColumns columns, MatrixMeasure measure)
{
    m_passages = CodedPassages::load(m_library, filter, measure == MatrixMeasure::Coverage);
    fillTable(columns, measure);
    m_neighbours.clear();
    if (columns == MatrixColumns::Codes)
        findNeighbours();
    if (measure == MatrixMeasure::Coverage)
        computeCoverage();
    else if (columns == MatrixColumns::Codes)
        computeCoOccurrence();
    else
        computeCounts();
    return m_table;
}

void CodingMatrix::fillTable(MatrixColumns columns, MatrixMeasure measure)
{
    m_table = MatrixTable();
    m_table.measure = measure;
    m_table.columns = columns;
    for (const Tag &code : m_passages.codes()) {
        m_table.rowTagIds << code.id;
        m_table.rowLabels << code.path;
    }
    m_columnIndex.clear();
    switch (columns) {
    case MatrixColumns::Speakers:
        m_table.columnIds = m_passages.speakerIds();
        for (qint64 id : m_table.columnIds)
            m_table.columnLabels << m_passages.speakerNames().value(id);
        break;
    case MatrixColumns::Documents:
        m_table.columnIds = m_passages.documentIds();
        for (qint64 id : m_table.columnIds)
            m_table.columnLabels << m_passages.documentTitles().value(id);
        m_table.columnLabels = uniqueLabels(m_table.columnIds, m_table.columnLabels);
        break;
    case MatrixColumns::Codes:
        m_table.columnIds = m_table.rowTagIds;
        m_table.columnLabels = m_table.rowLabels;
        break;
    }
    for (int i = 0; i < m_table.columnIds.size(); ++i)
        m_columnIndex.insert(m_table.columnIds.at(i), i);
    m_table.values.fill(QVector<double>(m_table.columnCount(), 0.0), m_table.rowCount());
    m_rowTotals.fill(0.0, m_table.rowCount());
    m_columnTotals.fill(0.0, columns == MatrixColumns::Codes ? 0 : m_table.columnCount());
    m_grandTotal = 0;
}

int CodingMatrix::columnOf(const CodedPassages::Piece &piece) const
{
    const CodedPassages::Segment &segment = m_passages.segments().at(piece.segment);
    return m_columnIndex.value(
        m_table.columns == MatrixColumns::Documents ? segment.documentId : segment.speakerId, -1);
}

QVector<int> CodingMatrix::columnsOf(const CodedPassages::Quote &quote) const
{
    QVector<int> columns;
    for (const CodedPassages::Piece &piece : quote.pieces) {
        const int column = columnOf(piece);
        if (column >= 0 && !columns.contains(column))
            columns << column;
    }
    return columns;
}

void CodingMatrix::computeCounts()
{
    for (const CodedPassages::Quote &quote : m_passages.quotes()) {
        const QVector<int> columns = columnsOf(quote);
        for (int code : quote.codes) {
            m_rowTotals[code] += 1;
            for (int column : columns)
                m_table.values[code][column] += 1;
        }
        for (int column : columns)
            m_columnTotals[column] += 1;
        m_grandTotal += 1;
    }
}

void CodingMatrix::findNeighbours()
{
    const QVector<CodedPassages::Quote> &quotes = m_passages.quotes();
    QVector<QVector<int>> bySegment(m_passages.segments().size());
    for (int i = 0; i < quotes.size(); ++i) {
        for (const CodedPassages::Piece &piece : quotes.at(i).pieces) {
            if (bySegment[piece.segment].isEmpty() || bySegment[piece.segment].constLast() != i)
                bySegment[piece.segment] << i;
        }
    }
    m_neighbours.resize(quotes.size());
    QVector<int> seen(quotes.size(), -1); // the quote whose neighbours last took it
    for (int i = 0; i < quotes.size(); ++i) {
        seen[i] = i;
        for (const CodedPassages::Piece &piece : quotes.at(i).pieces) {
            for (int other : bySegment.at(piece.segment)) {
                if (seen.at(other) != i) {
                    seen[other] = i;
                    m_neighbours[i] << other;
                }
            }
        }
    }
}

void CodingMatrix::computeCoOccurrence()
{
    const QVector<CodedPassages::Quote> &quotes = m_passages.quotes();
    for (int i = 0; i < quotes.size(); ++i) {
        for (int a : quotes.at(i).codes) {
            m_rowTotals[a] += 1;
            for (int b : quotes.at(i).codes)
                m_table.values[a][b] += 1; // the same quote carrying both (and a on the diagonal)
            for (int other : m_neighbours.at(i)) {
                for (int b : quotes.at(other).codes) {
                    if (b != a)
                        m_table.values[a][b] += 1;
                }
            }
        }
        m_grandTotal += 1;
    }
}

void CodingMatrix::computeCoverage()
{
    const QVector<CodedPassages::Segment> &segments = m_passages.segments();
    const QVector<CodedPassages::Quote> &quotes = m_passages.quotes();
    const QList<Side> sides = m_passages.sides();
    const bool byCodes = m_table.columns == MatrixColumns::Codes;
    const int rows = m_table.rowCount();

    // The pieces of each segment side: (quote, piece) by segment * 2 + side.
    QHash<qint64, QVector<QPair<int, int>>> pieces;
    for (int q = 0; q < quotes.size(); ++q) {
        for (int p = 0; p < quotes.at(q).pieces.size(); ++p)
            pieces[qint64(quotes.at(q).pieces.at(p).segment) * 2 + int(quotes.at(q).side)] << qMakePair(q, p);
    }

    QVector<double> columnUnits(m_table.columnCount(), 0.0);
    QVector<double> codedByColumnCode(rows, 0.0); // codes × codes: the units of each code
    QVector<double> rowCoded(rows, 0.0);
    QVector<double> columnCoded(m_table.columnCount(), 0.0);
    double allUnits = 0;
    double allCoded = 0;
    for (int s = 0; s < segments.size(); ++s) {
        for (Side side : sides) {
            const QString &text = segments.at(s).text(side);
            const QVector<int> units = TextUnits::unitIndexes(text);
            int unitCount = 0; // the last unit's index + 1 (units are numbered in order)
            for (int i = units.size() - 1; i >= 0 && unitCount == 0; --i)
                unitCount = units.at(i) + 1;
            allUnits += unitCount;
            const auto here = pieces.constFind(qint64(s) * 2 + int(side));
            const int column = byCodes
                ? -1
                : m_columnIndex.value(
                    m_table.columns == MatrixColumns::Documents ? segments.at(s).documentId : segments.at(s).speakerId,
                    -1);
            if (column >= 0)
                columnUnits[column] += unitCount;
            if (here == pieces.constEnd() || unitCount == 0)
                continue;
            QVector<QBitArray> coded(rows);
            QBitArray any(unitCount);
            for (const QPair<int, int> &at : *here) {
                const CodedPassages::Piece &piece = quotes.at(at.first).pieces.at(at.second);
                for (int code : quotes.at(at.first).codes) {
                    if (coded[code].isEmpty())
                        coded[code].resize(unitCount);
                    for (int i = piece.start; i < std::min(piece.end, int(units.size())); ++i) {
                        if (units.at(i) >= 0) {
                            coded[code].setBit(units.at(i));
                            any.setBit(units.at(i));
                        }
                    }
                }
            }
            for (int a = 0; a < rows; ++a) {
                if (coded.at(a).isEmpty())
                    continue;
                const int n = coded.at(a).count(true);
                rowCoded[a] += n;
                if (!byCodes) {
                    if (column >= 0)
                        m_table.values[a][column] += n;
                    continue;
                }
                codedByColumnCode[a] += n;
                for (int b = 0; b < rows; ++b) {
                    if (!coded.at(b).isEmpty())
                        m_table.values[a][b] += (coded.at(a) & coded.at(b)).count(true);
                }
            }
            const int n = any.count(true);
            allCoded += n;
            if (column >= 0)
                columnCoded[column] += n;
        }
    }
    for (int a = 0; a < rows; ++a) {
        for (int c = 0; c < m_table.columnCount(); ++c)
            m_table.values[a][c] = ratio(m_table.values[a][c], byCodes ? codedByColumnCode.at(c) : columnUnits.at(c));
        m_rowTotals[a] = ratio(rowCoded.at(a), allUnits);
    }
    for (int c = 0; c < m_columnTotals.size(); ++c)
        m_columnTotals[c] = ratio(columnCoded.at(c), columnUnits.at(c));
    m_grandTotal = ratio(allCoded, allUnits);
}

QList<qint64> CodingMatrix::cellAnnotations(int row, int column) const
{
    const QVector<CodedPassages::Quote> &quotes = m_passages.quotes();
    QSet<int> chosen;
    const bool byCodes = m_table.columns == MatrixColumns::Codes;
    for (int i = 0; i < quotes.size(); ++i) {
        const CodedPassages::Quote &quote = quotes.at(i);
        if (byCodes) {
            if (row < 0 || column < 0) {
                if (quote.codes.contains(row < 0 ? column : row))
                    chosen.insert(i);
                continue;
            }
            if (!quote.codes.contains(row))
                continue;
            if (quote.codes.contains(column))
                chosen.insert(i);
            if (row == column)
                continue;
            for (int other : m_neighbours.at(i)) {
                if (quotes.at(other).codes.contains(column)) {
                    chosen.insert(i);
                    chosen.insert(other);
                }
            }
        } else if ((row < 0 || quote.codes.contains(row)) && (column < 0 || columnsOf(quote).contains(column))) {
            chosen.insert(i);
        }
    }
    QList<qint64> ids;
    for (int i : chosen)
        ids << quotes.at(i).id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace bitext
