#include "app/cli/reportmatrix.h"

#include "app/cli/command.h"
#include "app/cli/reportfilter.h"
#include "models/analysis/codingmatrix.h"
#include "models/analysis/matrixcsv.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace bitext::cli {

namespace {

const QString kRows = QStringLiteral("rows");
const QString kColumns = QStringLiteral("columns");
const QString kCoverage = QStringLiteral("coverage");
const QString kCsv = QStringLiteral("csv");

MatrixColumns columnsOption(QCommandLineParser &parser)
{
    const QString value = parser.isSet(kColumns) ? parser.value(kColumns).trimmed().toLower() : QString();
    if (value == QLatin1String("speakers"))
        return MatrixColumns::Speakers;
    if (value == QLatin1String("documents"))
        return MatrixColumns::Documents;
    if (value == QLatin1String("codes"))
        return MatrixColumns::Codes;
    if (value.isEmpty())
        throw UsageProblem(
            QCoreApplication::translate("ReportCommand", "matrix expects --columns speakers, documents or codes."));
    throw UsageProblem(
        QCoreApplication::translate("ReportCommand", "--columns expects speakers, documents or codes, not '%1'.")
            .arg(parser.value(kColumns)));
}

QJsonObject matrixJson(const MatrixTable &table)
{
    QJsonArray rows;
    for (int row = 0; row < table.rowCount(); ++row) {
        QJsonObject cells;
        for (int column = 0; column < table.columnCount(); ++column) {
            const double value = table.value(row, column);
            cells.insert(table.columnLabels.at(column),
                table.measure == MatrixMeasure::Count ? QJsonValue(qint64(qRound64(value))) : QJsonValue(value));
        }
        rows.append(QJsonObject {{QStringLiteral("code"), table.rowLabels.at(row)}, {QStringLiteral("cells"), cells}});
    }
    return QJsonObject {{QStringLiteral("rows"), rows}};
}

} // namespace

void addMatrixReportOptions(QCommandLineParser &parser)
{
    parser.addOption({kRows, QCoreApplication::translate("ReportCommand", "matrix: what the rows are: codes."),
        QStringLiteral("codes")});
    parser.addOption({kColumns,
        QCoreApplication::translate("ReportCommand", "matrix: what the columns are: speakers, documents or codes."),
        QStringLiteral("speakers|documents|codes")});
    parser.addOption({kCoverage,
        QCoreApplication::translate(
            "ReportCommand", "matrix: the share of the text coded (0..1) instead of the number of quotes.")});
    parser.addOption({kCsv, QCoreApplication::translate("ReportCommand", "matrix: print CSV instead of JSON.")});
}

int runMatrixReport(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser &parser = context.parser();
    if (!arguments.isEmpty())
        throw UsageProblem(
            QCoreApplication::translate("ReportCommand", "matrix takes no arguments, only options; '%1' is not one.")
                .arg(arguments.first()));
    if (parser.isSet(kRows) && parser.value(kRows).trimmed().toLower() != QLatin1String("codes"))
        throw UsageProblem(
            QCoreApplication::translate("ReportCommand", "--rows expects codes, not '%1'.").arg(parser.value(kRows)));
    const MatrixColumns columns = columnsOption(parser);
    const bool csv = parser.isSet(kCsv);
    if (csv == context.json())
        throw UsageProblem(csv
                ? QCoreApplication::translate("ReportCommand", "matrix prints either --json or --csv, not both.")
                : QCoreApplication::translate("ReportCommand", "matrix expects --json or --csv."));
    const AnalysisFilter filter = reportFilter(parser, context.library());
    CodingMatrix matrix(context.library());
    const MatrixTable &table
        = matrix.compute(filter, columns, parser.isSet(kCoverage) ? MatrixMeasure::Coverage : MatrixMeasure::Count);
    if (csv) {
        // The bytes Export CSV… writes, BOM included, so that `> matrix.csv` opens in Excel.
        context.out() << QString::fromUtf8(MatrixCsv::render(table).mid(3)).prepend(QChar(0xFEFF));
        return Success;
    }
    context.printJson(matrixJson(table));
    return Success;
}

} // namespace bitext::cli
