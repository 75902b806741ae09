#include "models/analysis/matrixcsv.h"

#include "models/export/atomicfile.h"
#include "models/export/csvexporter.h"

#include <QStringList>

namespace bitext::MatrixCsv {

QString number(const MatrixTable &table, double value)
{
    if (table.measure == MatrixMeasure::Count)
        return QString::number(qRound64(value));
    return QString::number(value, 'g', 6);
}

QByteArray render(const MatrixTable &table)
{
    QStringList header {QStringLiteral("code")}; // stays English: scripts read it
    for (const QString &label : table.columnLabels)
        header << CsvExporter::cell(label);
    QString csv = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int row = 0; row < table.rowCount(); ++row) {
        QStringList cells {CsvExporter::cell(table.rowLabels.at(row))};
        for (int column = 0; column < table.columnCount(); ++column)
            cells << number(table, table.value(row, column));
        csv += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

void save(const MatrixTable &table, const QString &path)
{
    writeFileAtomically(path, render(table));
}

} // namespace bitext::MatrixCsv
