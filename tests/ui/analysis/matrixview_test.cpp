#include "models/analysis/codingmatrix.h"
#include "models/annotate/anchor.h"
#include "models/item/itemroles.h"
#include "models/item/matrixquotemodel.h"
#include "models/item/matrixtablemodel.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/tagrepository.h"
#include "tests/support/annotatedsamples.h"
#include "tests/support/darkpalette.h"
#include "tests/support/testsupport.h"
#include "ui/analysis/analysiswindow.h"
#include "ui/analysis/chartsview.h"
#include "ui/analysis/filterpanel.h"
#include "ui/analysis/matrixview.h"
#include "ui/analysis/qtcharts.h"
#include "ui/common/filedialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;
using namespace bitext::ui;

namespace {

// The annotated samples in a library the main window opens, and the Analysis window
// opened from the menu.
struct Opened
{
    TemporaryLibrary lib;
    AnnotatedSamples samples {lib.library()};
    MainWindow window;
    AnalysisWindow *analysis = nullptr;
    MatrixView *view = nullptr;

    Opened()
    {
        REQUIRE(window.openLibrary(lib.path()));
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("codingMatrix"));
        REQUIRE(action);
        REQUIRE(action->isEnabled());
        action->trigger();
        analysis = window.findChild<AnalysisWindow *>(QStringLiteral("analysisWindow"));
        REQUIRE(analysis);
        REQUIRE(analysis->isVisible());
        view = analysis->findChild<MatrixView *>(QStringLiteral("matrixView"));
        REQUIRE(view);
    }

    // The cell's text in the table as shown (through the sort proxy).
    QModelIndex cell(const QString &code, const QString &column) const
    {
        QAbstractItemModel *model = view->table()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data().toString() != code)
                continue;
            for (int c = 1; c < model->columnCount(); ++c) {
                if (model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString() == column)
                    return model->index(r, c);
            }
        }
        return {};
    }

    // `bitext report matrix` on the same library.
    QJsonArray report(const QStringList &arguments)
    {
        const ProcessResult r
            = runBitext(QStringList {QStringLiteral("--library"), lib.path(), QStringLiteral("report"),
                            QStringLiteral("matrix"), QStringLiteral("--json")}
                + arguments);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
    }

    // Every cell the window shows equals the command line's figure for the same choice.
    void sameAsCommandLine(const QStringList &arguments)
    {
        const QJsonArray rows = report(arguments);
        const MatrixTable &table = view->matrix();
        REQUIRE(rows.size() == table.rowCount());
        for (const QJsonValue &row : rows) {
            const QString code = row.toObject().value(QStringLiteral("code")).toString();
            const QJsonObject cells = row.toObject().value(QStringLiteral("cells")).toObject();
            REQUIRE(cells.size() == table.columnCount());
            for (auto it = cells.constBegin(); it != cells.constEnd(); ++it) {
                const QModelIndex index = cell(code, it.key());
                REQUIRE(index.isValid());
                CHECK(index.data(ItemRole::SortRole).toDouble() == Approx(it.value().toDouble()));
                CHECK(index.data().toString() == view->model()->text(it.value().toDouble()));
            }
        }
    }
};

} // namespace

TEST_CASE("Analysis › Coding Matrix shows codes by speaker with the command line's numbers", "[ui][analysis][matrix]")
{
    Opened o;
    CHECK(o.view->columns() == MatrixColumns::Speakers);
    CHECK(o.cell(QStringLiteral("Personality"), QStringLiteral("Amanda Askell")).data().toString()
        == QStringLiteral("3"));
    o.sameAsCommandLine({QStringLiteral("--columns"), QStringLiteral("speakers")});

    o.view->setColumns(MatrixColumns::Documents);
    o.sameAsCommandLine({QStringLiteral("--columns"), QStringLiteral("documents")});
    o.view->setColumns(MatrixColumns::Codes);
    o.sameAsCommandLine({QStringLiteral("--columns"), QStringLiteral("codes")});
    o.view->setMeasure(MatrixMeasure::Coverage);
    o.sameAsCommandLine({QStringLiteral("--columns"), QStringLiteral("codes"), QStringLiteral("--coverage")});
    CHECK(o.cell(QStringLiteral("Safety"), QStringLiteral("Safety")).data().toString().contains(QStringLiteral("100")));
    o.view->setColumns(MatrixColumns::Speakers);
    o.sameAsCommandLine({QStringLiteral("--columns"), QStringLiteral("speakers"), QStringLiteral("--coverage")});
    CHECK(o.cell(QStringLiteral("Safety"), QStringLiteral("Host")).data().toString().endsWith(QLocale().percent()));
}

TEST_CASE("The filter panel narrows the matrix as the command line's filter options do", "[ui][analysis][matrix]")
{
    Opened o;
    QListWidget *coders = o.analysis->filterPanel()->coders();
    REQUIRE(coders->count() == 2);
    coders->item(1)->setCheckState(Qt::Unchecked); // Ben
    CHECK(o.analysis->filterPanel()->filter().authors == QStringList {QStringLiteral("Ana")});
    o.sameAsCommandLine(
        {QStringLiteral("--columns"), QStringLiteral("speakers"), QStringLiteral("--author"), QStringLiteral("Ana")});
    QListWidget *documents = o.analysis->filterPanel()->documents();
    for (int i = 0; i < documents->count(); ++i) {
        if (documents->item(i)->data(Qt::UserRole).toLongLong() == o.samples.interview)
            documents->item(i)->setCheckState(Qt::Unchecked);
    }
    o.analysis->filterPanel()->side()->setCurrentIndex(2); // English
    o.sameAsCommandLine({QStringLiteral("--columns"), QStringLiteral("speakers"), QStringLiteral("--author"),
        QStringLiteral("Ana"), QStringLiteral("--document"), QString::number(o.samples.panel), QStringLiteral("--side"),
        QStringLiteral("en")});
    CHECK(o.view->matrix().columnLabels.contains(QStringLiteral("Moderator")));
    CHECK_FALSE(o.view->matrix().columnLabels.contains(QStringLiteral("Host"))); // 001's only

    // Unchecking Safety unchecks Safety/Oversight with it: the subtree goes.
    QTreeWidget *codes = o.analysis->filterPanel()->codes();
    QTreeWidgetItem *safety = codes->findItems(QStringLiteral("Safety"), Qt::MatchExactly).value(0);
    REQUIRE(safety);
    safety->setCheckState(0, Qt::Unchecked);
    CHECK(safety->child(0)->checkState(0) == Qt::Unchecked);
    CHECK(o.analysis->filterPanel()->filter().tagIds
        == QList<qint64> {o.samples.method, o.samples.personality, o.samples.values});
    CHECK(o.view->matrix().rowLabels
        == QStringList {QStringLiteral("Method"), QStringLiteral("Personality"), QStringLiteral("Values"),
            QStringLiteral("Values/Honesty")});
    // Checking its only child checks Safety again: the whole subtree is back.
    safety->child(0)->setCheckState(0, Qt::Checked);
    CHECK(safety->checkState(0) == Qt::Checked);
    QListWidget *speakers = o.analysis->filterPanel()->speakers();
    for (int i = 0; i < speakers->count(); ++i) {
        if (speakers->item(i)->text() != QStringLiteral("Moderator"))
            speakers->item(i)->setCheckState(Qt::Unchecked);
    }
    CHECK(o.view->matrix().columnLabels == QStringList {QStringLiteral("Moderator")});
    o.sameAsCommandLine({QStringLiteral("--columns"), QStringLiteral("speakers"), QStringLiteral("--author"),
        QStringLiteral("Ana"), QStringLiteral("--document"), QString::number(o.samples.panel), QStringLiteral("--side"),
        QStringLiteral("en"), QStringLiteral("--speaker"), QStringLiteral("Moderator")});
}

TEST_CASE("Sorting by a column keeps the totals last", "[ui][analysis][matrix]")
{
    Opened o;
    QTableView *table = o.view->table();
    QAbstractItemModel *model = table->model();
    int amanda = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Amanda Askell"))
            amanda = c;
    }
    REQUIRE(amanda > 0);
    for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        table->sortByColumn(amanda, order);
        const int last = model->rowCount() - 1;
        CHECK(model->index(last, 0).data().toString() == QStringLiteral("Total"));
        for (int r = 0; r + 1 < last; ++r) {
            const double a = model->index(r, amanda).data(ItemRole::SortRole).toDouble();
            const double b = model->index(r + 1, amanda).data(ItemRole::SortRole).toDouble();
            CHECK((order == Qt::AscendingOrder ? a <= b : a >= b));
        }
    }
}

TEST_CASE("A cell lists its quotes, and a quote opens the reader there", "[ui][analysis][matrix]")
{
    Opened o;
    const QModelIndex safety = o.cell(QStringLiteral("Safety"), QStringLiteral("Amanda Askell"));
    REQUIRE(safety.isValid());
    o.view->table()->setCurrentIndex(safety);
    QTest::keyClick(o.view->table(), Qt::Key_Return);
    MatrixQuoteModel *quotes = o.view->quoteModel();
    REQUIRE(quotes->rowCount() == safety.data().toString().toInt());
    QStringList texts;
    for (const MatrixQuote &quote : quotes->quotes())
        texts << quote.quote;
    CHECK(texts.contains(QStringLiteral("模型对自身的了解其实是最少的")));
    CHECK(texts.contains(QStringLiteral("担心 AI")));
    CHECK_FALSE(texts.contains(QStringLiteral("当你思考安全和 alignment 的时候"))); // the Moderator's

    // The last one: in the panel, the document the reader does not show yet.
    const int row = quotes->rowCount() - 1;
    const MatrixQuote quote = quotes->quotes().at(row);
    QTreeView *list = o.view->quoteList();
    list->setFocus();
    list->setCurrentIndex(quotes->index(row, MatrixQuoteModel::QuoteColumn));
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(waitFor([&] { return o.window.currentDocumentId() == quote.documentId; }));
    CHECK(o.window.reader()->currentRow() == quote.segmentOrdinal);
}

TEST_CASE("The matrix follows the library: a new quote counts, another library empties it", "[ui][analysis][matrix]")
{
    Opened o;
    const QString before = o.cell(QStringLiteral("Values"), QStringLiteral("Host")).data().toString();
    Library *library = o.window.library();
    const SideText text(library->documents().segments(o.samples.interview), Side::Zh);
    Annotation a = Anchor::create(text, o.samples.interview, {0, 0}, {0, 4});
    a.tagIds = {o.samples.values};
    a.author = QStringLiteral("Ana");
    library->annotations().create(a);
    CHECK(waitFor([&] {
        return o.cell(QStringLiteral("Values"), QStringLiteral("Host")).data().toString().toInt() == before.toInt() + 1;
    }));

    // A new code, and a quote by a third coder: the filter panel offers them, checked.
    library->tags().create(0, QStringLiteral("Risk"));
    a = Anchor::create(text, o.samples.interview, {2, 0}, {2, 2});
    a.tagIds = {o.samples.method};
    a.author = QStringLiteral("Cai");
    library->annotations().create(a);
    FilterPanel *panel = o.analysis->filterPanel();
    CHECK(waitFor([&] { return panel->coders()->count() == 3; }));
    CHECK(panel->coders()->item(1)->text() == QStringLiteral("Ben")); // by name: Ana, Ben, Cai
    CHECK(panel->coders()->item(2)->checkState() == Qt::Checked);
    CHECK(panel->codes()->findItems(QStringLiteral("Risk"), Qt::MatchExactly).size() == 1);
    CHECK(panel->filter().isEmpty());
    CHECK(waitFor([&] { return o.view->matrix().rowLabels.contains(QStringLiteral("Risk")); }));

    TemporaryLibrary other;
    REQUIRE(o.window.openLibrary(other.path()));
    o.view = o.analysis->findChild<MatrixView *>(QStringLiteral("matrixView"));
    REQUIRE(o.view);
    CHECK(o.view->matrix().rowCount() == 0);
    CHECK(o.analysis->filterPanel()->documents()->count() == 0);
    o.window.closeLibrary(); // before `other` removes its folder
    CHECK(o.analysis->findChild<MatrixView *>(QStringLiteral("matrixView")) == nullptr);
}

TEST_CASE("Export CSV… writes what `report matrix --csv` prints", "[ui][analysis][matrix]")
{
    Opened o;
    o.view->setColumns(MatrixColumns::Documents);
    const QString path = o.lib.dir() + QStringLiteral("/matrix.csv");
    FileDialog::setNextFileName(path);
    REQUIRE(o.view->exportCsv());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const std::unique_ptr<QProcess> process
        = startBitext({QStringLiteral("--library"), o.lib.path(), QStringLiteral("report"), QStringLiteral("matrix"),
            QStringLiteral("--columns"), QStringLiteral("documents"), QStringLiteral("--csv")});
    REQUIRE(process);
    REQUIRE(process->waitForFinished(120000));
    REQUIRE(process->exitCode() == 0);
    CHECK(file.readAll() == process->readAllStandardOutput());
}

TEST_CASE("The heat tint follows the palette", "[ui][analysis][matrix]")
{
    Opened o;
    o.analysis->resize(1024, 700);
    const QModelIndex hot = o.cell(QStringLiteral("Personality"), QStringLiteral("Amanda Askell"));
    CHECK(hot.data(ItemRole::MatrixHeatRole).toDouble() > 0);
    const auto tintAt = [&] {
        const QRect rect = o.view->table()->visualRect(hot);
        const QImage image = o.view->table()->viewport()->grab().toImage();
        return image.pixelColor(rect.left() + 2, rect.top() + 2);
    };
    // With BITEXT_SCREENSHOTS set, the window at 1024×700 in both palettes, to look at.
    const QString shots = qEnvironmentVariable("BITEXT_SCREENSHOTS");
    o.view->table()->setCurrentIndex(o.cell(QStringLiteral("Personality"), QStringLiteral("Host")));
    const QColor light = tintAt();
    if (!shots.isEmpty())
        o.analysis->grab().save(shots + QStringLiteral("/analysis-matrix-light.png"));
    o.analysis->setPalette(darkPalette());
    const QColor dark = tintAt();
    if (!shots.isEmpty())
        o.analysis->grab().save(shots + QStringLiteral("/analysis-matrix-dark.png"));
    o.view->setColumns(MatrixColumns::Documents);
    o.view->setMeasure(MatrixMeasure::Coverage);
    for (int c = 0; c < o.view->table()->model()->columnCount(); ++c)
        CHECK(o.view->table()->columnWidth(c) <= 220); // long titles do not push the rest away
    if (!shots.isEmpty())
        o.analysis->grab().save(shots + QStringLiteral("/analysis-matrix-documents.png"));
    CHECK(light.lightness() > 128);
    CHECK(dark.lightness() < 128);
}

TEST_CASE("The Analysis window comes back at the size it was closed at", "[ui][analysis][matrix]")
{
    QSize size;
    {
        Opened o;
        o.analysis->resize(900, 620);
        size = o.analysis->size();
        o.analysis->close();
    }
    Opened again;
    CHECK(again.analysis->size() == size);
}

TEST_CASE("Analysis › Charts draws the codes by speaker of the open library, also when the matrix shows documents",
    "[analysis][charts]")
{
    Opened o;
    auto *charts = qobject_cast<ChartsView *>(o.analysis->view(QStringLiteral("charts")));
    REQUIRE(charts);
    o.view->setColumns(MatrixColumns::Documents);
    auto *action = o.window.findChild<QAction *>(QStringLiteral("analysisCharts"));
    REQUIRE(action);
    action->trigger();
    REQUIRE(o.analysis->tabs()->currentWidget() == charts);
    charts->setKind(ChartsView::Kind::CodeFrequencies);
    // Bars stacked by speaker, each set a speaker's counts per code: the codes × speakers
    // matrix, although the Matrix tab shows codes × documents.
    const MatrixTable expected
        = CodingMatrix(o.lib.library()).compute(AnalysisFilter(), MatrixColumns::Speakers, MatrixMeasure::Count);
    const QList<QAbstractSeries *> series = charts->chart()->series();
    REQUIRE(series.size() == 1);
    auto *bars = qobject_cast<QAbstractBarSeries *>(series.first());
    REQUIRE(bars);
    // The bars' order is the category axis's (top to bottom), not the matrix's.
    QBarCategoryAxis *codes = nullptr;
    const QList<QAbstractAxis *> axes = charts->chart()->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            codes = categories;
    }
    REQUIRE(codes);
    REQUIRE(codes->count() == expected.rowCount());
    int compared = 0;
    const QList<QBarSet *> sets = bars->barSets();
    for (QBarSet *set : sets) {
        const int column = int(expected.columnLabels.indexOf(set->label()));
        REQUIRE(column >= 0);
        REQUIRE(set->count() == expected.rowCount());
        for (int bar = 0; bar < set->count(); ++bar) {
            const int row = int(expected.rowLabels.indexOf(codes->at(bar)));
            REQUIRE(row >= 0);
            CHECK(set->at(bar) == expected.value(row, column));
            ++compared;
        }
    }
    CHECK(compared > 0);
}
