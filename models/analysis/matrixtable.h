#pragma once

#include <QList>
#include <QString>
#include <QVector>

namespace bitext {

// What a matrix's cells measure: how many quotes, or the share of the column's text
// they cover (characters on the Chinese side, words on the English side), 0..1.
enum class MatrixMeasure { Count, Coverage };

// What the columns of a codes × ... matrix are.
enum class MatrixColumns { Speakers, Documents, Codes };

// A computed matrix, as the table, the charts, the CSV and `bitext report matrix`
// show it: rows are codes, columns speakers, documents or codes. Plain data, so a view
// or a chart never needs the library to draw it.
struct MatrixTable
{
    MatrixMeasure measure = MatrixMeasure::Count;
    MatrixColumns columns = MatrixColumns::Speakers;
    QList<qint64> rowTagIds;
    QStringList rowLabels; // code paths ("Parent/Child")
    QList<qint64> columnIds; // speaker, document or tag ids (0: no speaker)
    QStringList columnLabels; // speaker names, document titles or code paths
    QVector<QVector<double>> values; // values[row][column]

    int rowCount() const { return int(rowLabels.size()); }
    int columnCount() const { return int(columnLabels.size()); }
    double value(int row, int column) const { return values.at(row).at(column); }
};

} // namespace bitext
