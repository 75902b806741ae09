// Search wired into the main window, driven like a user would: Ctrl+Shift+F and the
// library search dock, Ctrl+F / F3 / Escape and the find bar, the marks the reader
// paints, on the five seeds in a real SQLite library; and the GUI agreeing with the CLI.
#include "models/item/segmentmodel.h"
#include "models/search/documentfinder.h"
#include "models/store/documentrepository.h"
#include "tests/support/darkpalette.h"
#include "tests/ui/reader/readertestsupport.h"
#include "tests/ui/search/searchfixture.h"
#include "tests/ui/search/searchwait.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/reader/readerview.h"
#include "ui/search/findbar.h"
#include "ui/search/librarysearchpanel.h"
#include "ui/search/searchcontroller.h"
#include "ui/search/searchhitdecorator.h"
#include "ui/search/searchresultmodel.h"

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSet>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <catch2/catch.hpp>
#include <set>
#include <tuple>

using namespace bitext;
using namespace bitext::ui;

namespace {

bool imageHasColour(const QImage &image, const QColor &colour)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y).rgb() == colour.rgb())
                return true;
        }
    }
    return false;
}

// Document, segment ordinal (-1 for none), side and source of every result, as a set.
using ResultKey = std::tuple<qint64, int, QString, QString>;

std::set<ResultKey> guiResults(LibrarySearchPanel *panel, const QString &query)
{
    test::searchAndWait(*panel, query);
    std::set<ResultKey> keys;
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        const SearchResult &r = panel->model()->result(panel->model()->index(row, 0));
        keys.insert(
            {r.documentId, r.segmentOrdinal, r.side ? sideName(*r.side) : QString(), searchSourceName(r.source)});
    }
    return keys;
}

std::set<ResultKey> cliResults(const QString &libraryPath, const QString &query)
{
    const test::ProcessResult result = test::runBitext(
        {QStringLiteral("--library"), libraryPath, QStringLiteral("search"), query, QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    std::set<ResultKey> keys;
    const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        const QJsonValue segment = o.value(QStringLiteral("segment"));
        keys.insert({qint64(o.value(QStringLiteral("document_id")).toDouble()), segment.isNull() ? -1 : segment.toInt(),
            o.value(QStringLiteral("side")).toString(), o.value(QStringLiteral("source")).toString()});
    }
    return keys;
}

} // namespace

TEST_CASE(
    "Ctrl+Shift+F opens the search dock; a result opens in the reader with its hit marked", "[ui][search][wiring]")
{
    test::SearchFixture f;
    QDockWidget *dock = f.window.findChild<QDockWidget *>(QStringLiteral("searchDock"));
    REQUIRE(dock);
    CHECK_FALSE(dock->isVisible());
    // Edit menu: Search Library and Find right after Copy.
    const QList<QAction *> edit = f.window.menu(MainWindow::Menu::Edit)->actions();
    const int copy = int(edit.indexOf(f.window.actions()->copy));
    REQUIRE(copy >= 0);
    CHECK(edit.indexOf(f.controller->searchLibraryAction()) > copy);
    CHECK(edit.indexOf(f.controller->findAction()) > copy);

    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(dock->isVisible());
    LibrarySearchPanel *panel = f.controller->panel();
    REQUIRE(panel);
    CHECK(test::waitFor([&] { return QApplication::focusWidget() == panel->queryEdit(); }));

    test::searchAndWait(*panel, QStringLiteral("對齊"));
    const qint64 outline = f.ids.value(QStringLiteral("004"));
    int pick = -1;
    for (int row = 0; row < panel->model()->rowCount() && pick < 0; ++row) {
        const SearchResult &r = panel->model()->result(panel->model()->index(row, 0));
        if (r.documentId == outline && r.source == SearchSource::Segment && r.segmentOrdinal > 10)
            pick = row;
    }
    REQUIRE(pick >= 0);
    const SearchResult result = panel->model()->result(panel->model()->index(pick, 0));
    REQUIRE(result.side);
    const Side side = *result.side;
    const Side other = side == Side::Zh ? Side::En : Side::Zh;

    // Enter on the result, as a user would.
    auto *view = panel->findChild<QListView *>(QStringLiteral("searchResults"));
    view->setFocus();
    view->setCurrentIndex(panel->model()->index(pick, 0));
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(f.window.currentDocumentId() == outline);
    const int row = f.window.segmentModel()->rowOfSegment(result.segmentId);
    CHECK(row == result.segmentOrdinal);
    CHECK(f.window.reader()->currentRow() == row);
    CHECK(row >= f.window.reader()->geometry()->firstVisibleRow());
    CHECK(row <= f.window.reader()->geometry()->lastVisibleRow());

    // The hit is marked in UTF-16 units of the side's text, on that side only.
    const QList<bitext::TextRange> marked = f.marks(row, side, SearchHitDecorator::Kind::Current);
    REQUIRE(marked.size() == 1);
    CHECK(marked.first() == result.hits.first());
    const QString text = f.window.segmentModel()->segmentAt(row).text(side);
    const QString hit = text.mid(marked.first().start, marked.first().length);
    CHECK((hit == QStringLiteral("對齊") || hit == QStringLiteral("对齐")));
    CHECK(f.controller->formats(row, other).isEmpty());
    CHECK(f.markedRows() == 1);

    // It coexists with another decorator (annotation highlights): both are painted.
    const QColor annotation(0x22, 0xaa, 0x44);
    f.window.reader()->addDecorator([annotation](int, Side) {
        QTextLayout::FormatRange range;
        range.start = 0;
        range.length = 1;
        range.format.setBackground(annotation);
        return QVector<QTextLayout::FormatRange> {range};
    });
    ReaderPane *pane = f.window.reader()->paneForSide(side);
    REQUIRE(pane);
    const QImage shot = pane->viewport()->grab().toImage();
    CHECK(imageHasColour(
        shot, SearchHitDecorator::format(SearchHitDecorator::Kind::Current, pane->palette()).background().color()));
    CHECK(imageHasColour(shot, annotation));

    // A new search ends the mark.
    test::searchAndWait(*panel, QStringLiteral("alignment"));
    CHECK(f.markedRows() == 0);
}

TEST_CASE("Ctrl+F finds in the open document, F3 steps and scrolls, Escape clears", "[ui][search][wiring]")
{
    test::SearchFixture f;
    f.open(QStringLiteral("001"));
    FindBar *bar = f.controller->findBar();
    REQUIRE(bar);
    CHECK_FALSE(bar->isVisible());

    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
    REQUIRE(bar->isVisible());
    auto *edit = bar->findChild<QLineEdit *>(QStringLiteral("findQuery"));
    CHECK(test::waitFor([&] { return QApplication::focusWidget() == edit; }));
    REQUIRE(test::waitFor([&] { return !bar->isPreparing(); }));
    QTest::keyClicks(edit, QStringLiteral("Claude"));
    const QList<DocumentHit> hits = bar->hits();
    REQUIRE(hits.size() > 4);
    auto *count = bar->findChild<QLabel *>(QStringLiteral("findCount"));
    CHECK(count->text() == QStringLiteral("1 of %1").arg(hits.size()));

    // Every hit is marked in the pane of its side; the current one stronger.
    int zh = 0, en = 0;
    const SegmentModel *model = f.window.segmentModel();
    for (int i = 0; i < hits.size(); ++i) {
        const DocumentHit &h = hits.at(i);
        const int row = model->rowOfSegment(h.segmentId);
        const auto kind = i == 0 ? SearchHitDecorator::Kind::Current : SearchHitDecorator::Kind::Hit;
        CHECK(f.marks(row, h.side, kind).contains(h.range));
        CHECK(model->segmentAt(row)
                  .text(h.side)
                  .mid(h.range.start, h.range.length)
                  .compare(QStringLiteral("claude"), Qt::CaseInsensitive)
            == 0);
        (h.side == Side::Zh ? zh : en)++;
    }
    CHECK(zh > 0);
    CHECK(en > 0);
    CHECK(f.window.reader()->currentRow() == model->rowOfSegment(hits.first().segmentId));

    // F3 and Ctrl+G move on; the reader follows, scrolling when the hit is off screen.
    ReaderGeometry *geometry = f.window.reader()->geometry();
    bool scrolled = false;
    for (int i = 1; i < hits.size(); ++i) {
        const int target = model->rowOfSegment(hits.at(i).segmentId);
        const bool offScreen = target > geometry->lastVisibleRow();
        const int before = geometry->scrollY();
        QTest::keyClick(
            QApplication::focusWidget(), i % 2 ? Qt::Key_F3 : Qt::Key_G, i % 2 ? Qt::NoModifier : Qt::ControlModifier);
        REQUIRE(bar->currentIndex() == i);
        CHECK(count->text() == QStringLiteral("%1 of %2").arg(i + 1).arg(hits.size()));
        CHECK(f.window.reader()->currentRow() == target);
        CHECK(f.marks(target, hits.at(i).side, SearchHitDecorator::Kind::Current).contains(hits.at(i).range));
        CHECK(target >= geometry->firstVisibleRow());
        CHECK(target <= geometry->lastVisibleRow());
        if (offScreen && geometry->scrollY() > before)
            scrolled = true;
    }
    CHECK(scrolled);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3, Qt::ShiftModifier);
    CHECK(bar->currentIndex() == hits.size() - 2);

    // Escape closes the bar and clears the marks.
    CHECK(f.markedRows() > 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(bar->isVisible());
    CHECK(f.markedRows() == 0);

    // Reopened, it keeps the query and starts at the first hit from the reader's row.
    const int middle = model->rowOfSegment(hits.at(4).segmentId);
    f.window.reader()->setCurrentRow(middle);
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
    CHECK(bar->query() == QStringLiteral("Claude"));
    REQUIRE(test::waitFor([&] { return !bar->isPreparing(); }));
    CHECK(bar->hits().size() == hits.size());
    REQUIRE(bar->currentIndex() >= 0);
    CHECK(bar->hits().at(bar->currentIndex()).segmentOrdinal == middle);
    CHECK((bar->currentIndex() == 0 || bar->hits().at(bar->currentIndex() - 1).segmentOrdinal < middle));
    // Opening another document finds in that one, from its top.
    f.open(QStringLiteral("003"));
    QList<Segment> panel;
    for (int row = 0; row < model->rowCount(); ++row)
        panel << model->segmentAt(row);
    const QList<DocumentHit> expected = DocumentFinder::find(panel, QStringLiteral("Claude"));
    REQUIRE_FALSE(expected.isEmpty());
    REQUIRE(test::waitFor([&] { return !bar->isPreparing(); }));
    REQUIRE(bar->hits().size() == expected.size());
    CHECK(bar->hits().first().segmentId == expected.first().segmentId);
    CHECK(count->text() == QStringLiteral("1 of %1").arg(expected.size()));
    const int first = model->rowOfSegment(expected.first().segmentId);
    CHECK(f.marks(first, expected.first().side, SearchHitDecorator::Kind::Current).contains(expected.first().range));
}

TEST_CASE("The library search panel follows a new library", "[ui][search][wiring]")
{
    test::SearchFixture f;
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    test::searchAndWait(*f.controller->panel(), QStringLiteral("对齐"));
    CHECK(f.controller->panel()->model()->rowCount() > 0);

    test::TemporaryLibrary other;
    REQUIRE(f.window.openLibrary(other.path()));
    REQUIRE(f.controller->panel());
    CHECK(f.controller->panel()->query() == QStringLiteral("对齐"));
    test::waitForResults(*f.controller->panel());
    CHECK(f.controller->panel()->model()->rowCount() == 0);
    const qint64 id = test::importSeed(*f.window.library(), QStringLiteral("003"));
    REQUIRE(id > 0);
    emit f.window.library()->documentsChanged();
    test::waitForResults(*f.controller->panel());
    CHECK(f.controller->panel()->model()->rowCount() > 0);
    CHECK(f.controller->panel()->model()->result(f.controller->panel()->model()->index(0, 0)).documentId == id);
}

TEST_CASE("Library search in the GUI and bitext search --json return the same segments", "[ui][search][wiring]")
{
    test::SearchFixture f;
    f.controller->activateLibrarySearch();
    LibrarySearchPanel *panel = f.controller->panel();
    REQUIRE(panel);
    const QStringList queries {QStringLiteral("对齐"), QStringLiteral("對齊"), QStringLiteral("alignment"),
        QStringLiteral("\"AI safety\""), QStringLiteral("AI 安全"), QStringLiteral("Claude OR 宪法")};
    for (const QString &query : queries) {
        INFO(query.toStdString());
        const std::set<ResultKey> gui = guiResults(panel, query);
        CHECK_FALSE(gui.empty());
        CHECK(gui == cliResults(f.library.path(), query));
    }
    // Traditional and Simplified find the same.
    CHECK(guiResults(panel, QStringLiteral("對齊")) == guiResults(panel, QStringLiteral("对齐")));
}

// Hidden (run with "[screenshot]"): the window with the search dock and the find bar in
// light and dark palettes, saved as /tmp/bitext-search-{light,dark}.png to look at.
TEST_CASE("Screenshots of search and find", "[.][screenshot]")
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::style()->standardPalette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? test::darkPalette() : light);
        test::SearchFixture f;
        f.window.resize(1500, 950);
        f.controller->activateLibrarySearch();
        test::searchAndWait(*f.controller->panel(), QStringLiteral("對齊"));
        auto *view = f.controller->panel()->findChild<QListView *>(QStringLiteral("searchResults"));
        for (int row = 0; row < f.controller->panel()->model()->rowCount(); ++row) {
            const QModelIndex index = f.controller->panel()->model()->index(row, 0);
            if (f.controller->panel()->model()->result(index).documentId == f.ids.value(QStringLiteral("001"))) {
                view->setCurrentIndex(index);
                emit view->activated(index);
                break;
            }
        }
        const QString name = dark ? QStringLiteral("dark") : QStringLiteral("light");
        QCoreApplication::processEvents();
        CHECK(f.window.grab().save(QStringLiteral("/tmp/bitext-search-result-%1.png").arg(name)));
        f.controller->activateFind();
        CHECK(test::waitFor([&] { return !f.controller->findBar()->isPreparing(); }));
        f.controller->findBar()->setQuery(QStringLiteral("Claude"));
        f.controller->findNext();
        QCoreApplication::processEvents();
        CHECK(f.window.grab().save(QStringLiteral("/tmp/bitext-search-find-%1.png").arg(name)));
    }
    QApplication::setPalette(light);
}
