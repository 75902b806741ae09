#include "models/item/itemroles.h"
#include "models/item/matrixquotemodel.h"
#include "models/item/matrixtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

MatrixTable twoByTwo(MatrixMeasure measure)
{
    MatrixTable table;
    table.measure = measure;
    table.rowTagIds = {1, 2};
    table.rowLabels = QStringList {QStringLiteral("Safety"), QStringLiteral("Values")};
    table.columnIds = {10, 0};
    table.columnLabels = QStringList {QStringLiteral("Ann"), QStringLiteral("(no speaker)")};
    table.values = {{3, 1}, {0, 2}};
    return table;
}

} // namespace

TEST_CASE(
    "The matrix model shows the code, the cells and the totals, and roles for sorting and the tint", "[item][matrix]")
{
    MatrixTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == 0);
    model.setMatrix(twoByTwo(MatrixMeasure::Count), {4, 2}, {3, 3}, 6);
    CHECK(reset.count() == 1);
    REQUIRE(model.rowCount() == 3); // two codes and the totals
    REQUIRE(model.columnCount() == 4); // the code, two columns, the total
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Ann"));
    CHECK(model.headerData(3, Qt::Horizontal).toString() == QStringLiteral("Total"));
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Safety"));
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("3"));
    CHECK(model.index(0, 3).data().toString() == QStringLiteral("4"));
    CHECK(model.index(2, 0).data().toString() == QStringLiteral("Total"));
    CHECK(model.index(2, 3).data().toString() == QStringLiteral("6"));
    CHECK(model.index(0, 1).data(ItemRole::MatrixHeatRole).toDouble() == 1);
    CHECK(model.index(1, 2).data(ItemRole::MatrixHeatRole).toDouble() == Approx(2.0 / 3));
    CHECK_FALSE(model.index(2, 1).data(ItemRole::MatrixHeatRole).isValid()); // totals: no tint
    CHECK(model.index(1, 2).data(ItemRole::MatrixRowRole).toInt() == 1);
    CHECK(model.index(1, 2).data(ItemRole::MatrixColumnRole).toInt() == 1);
    CHECK(model.index(2, 3).data(ItemRole::MatrixRowRole).toInt() == -1);
    CHECK(model.index(1, 3).data(ItemRole::MatrixColumnRole).toInt() == -1);
    CHECK(model.index(1, 0).data(ItemRole::MatrixColumnRole).toInt() == -2);
    CHECK(model.index(2, 0).data(ItemRole::MatrixTotalRole).toBool());

    MatrixTable coverage = twoByTwo(MatrixMeasure::Coverage);
    coverage.values = {{0.125, 0.0001}, {0, 1}};
    model.setMatrix(coverage, {0.1, 0.2}, {}, 0.3); // no column totals (codes × codes): no totals row
    CHECK(model.rowCount() == 2);
    CHECK(model.index(0, 1).data(ItemRole::SortRole).toDouble() == 0.125);
    CHECK(model.index(0, 1).data().toString().startsWith(QStringLiteral("12")));
    CHECK(model.index(0, 2).data().toString().startsWith(QLatin1Char('<'))); // some, if little
    CHECK(model.index(1, 1).data().toString().startsWith(QLatin1Char('0')));
}

TEST_CASE("The quote model lists a cell's quotes with their ids", "[item][matrix]")
{
    MatrixQuoteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    MatrixQuote quote;
    quote.annotationId = 7;
    quote.documentId = 3;
    quote.documentTitle = QStringLiteral("Alpha");
    quote.speaker = QStringLiteral("Ann");
    quote.quote = QStringLiteral("two\nlines");
    quote.tags = QStringList {QStringLiteral("Safety"), QStringLiteral("Values")};
    quote.author = QStringLiteral("Ana");
    model.setQuotes({quote});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.columnCount() == MatrixQuoteModel::ColumnCount);
    CHECK(model.index(0, MatrixQuoteModel::QuoteColumn).data().toString() == QStringLiteral("two lines"));
    CHECK(model.index(0, MatrixQuoteModel::QuoteColumn).data(Qt::ToolTipRole).toString() == quote.quote);
    CHECK(model.index(0, MatrixQuoteModel::CodesColumn).data().toString() == QStringLiteral("Safety, Values"));
    CHECK(model.index(0, MatrixQuoteModel::CoderColumn).data().toString() == QStringLiteral("Ana"));
    CHECK(model.index(0, 0).data(ItemRole::MatrixAnnotationRole).toLongLong() == 7);
    CHECK(model.index(0, 4).data(ItemRole::MatrixDocumentRole).toLongLong() == 3);
}
