#include "models/search/documentfinder.h"
#include "models/store/documentrepository.h"
#include "tests/support/testsupport.h"
#include "tests/ui/search/searchwait.h"
#include "ui/search/findbar.h"
#include "ui/search/librarysearchpanel.h"
#include "ui/search/searchresultdelegate.h"
#include "ui/search/searchresultmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPoint>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

ParsedDocument talk()
{
    ParsedDocument p;
    p.document.title = QStringLiteral("Panel");
    p.document.format = QStringLiteral("speaker-turns");
    Segment s;
    s.speaker = QStringLiteral("Yan");
    s.zh = QStringLiteral("我们谈谈對齊。");
    s.en = QStringLiteral("Let us talk about alignment.");
    p.segments << s;
    s.speaker = QStringLiteral("Host");
    s.zh = QStringLiteral("对齐很难，对，齐不是。");
    s.en = QStringLiteral("Alignment is hard.");
    p.segments << s;
    return p;
}

} // namespace

TEST_CASE("The library search panel lists results with marked hits and activates them", "[ui][search]")
{
    test::TemporaryLibrary lib;
    const qint64 id = lib->documents().insert(talk());
    const QList<Segment> segments = lib->documents().segments(id);
    ui::LibrarySearchPanel panel(*lib);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.resize(500, 400);
    panel.show();

    test::searchAndWait(panel, QStringLiteral("对齐"));
    REQUIRE(panel.model()->rowCount() == 2);
    const QModelIndex first = panel.model()->index(0, 0);
    CHECK(first.data(ui::SearchResultModel::SnippetRole).toString() == QStringLiteral("我们谈谈對齊。"));
    CHECK(first.data(ui::SearchResultModel::SnippetHitsRole).toList() == QVariantList {QPoint(4, 2)});
    CHECK(ui::SearchResultDelegate::headerText(first) == QStringLiteral("Panel · #1 · Yan"));
    CHECK_FALSE(panel.findChild<QLabel *>(QStringLiteral("searchStatus"))->text().isEmpty());

    // The side filter.
    auto *side = panel.findChild<QComboBox *>(QStringLiteral("searchSide"));
    side->setCurrentIndex(2); // English
    test::searchAndWait(panel, QStringLiteral("alignment OR 对齐"));
    REQUIRE(panel.model()->rowCount() == 2);
    CHECK(panel.model()->index(1, 0).data(ui::SearchResultModel::SideRole).toString() == QStringLiteral("en"));

    // Activating a result reports document, segment, side and the first hit.
    qint64 documentId = 0, segmentId = 0;
    Side hitSide = Side::Zh;
    int start = -2, length = -2;
    QObject::connect(
        &panel, &ui::LibrarySearchPanel::resultActivated, [&](qint64 d, qint64 s, Side sd, int st, int len) {
            documentId = d;
            segmentId = s;
            hitSide = sd;
            start = st;
            length = len;
        });
    auto *view = panel.findChild<QListView *>(QStringLiteral("searchResults"));
    view->setCurrentIndex(panel.model()->index(1, 0));
    emit view->activated(panel.model()->index(1, 0));
    CHECK(documentId == id);
    CHECK(segmentId == segments.at(1).id);
    CHECK(hitSide == Side::En);
    CHECK(start == 0);
    CHECK(length == 9);

    // Painting the results does not crash and the list shows them.
    panel.grab();

    // Typing searches after a pause; a lone NOT explains itself.
    auto *edit = panel.findChild<QLineEdit *>(QStringLiteral("searchQuery"));
    side->setCurrentIndex(0);
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("hard"));
    CHECK(test::waitFor([&] { return panel.model()->rowCount() == 1; }));
    test::searchAndWait(panel, QStringLiteral("NOT hard"));
    CHECK(panel.model()->rowCount() == 0);
    CHECK(panel.findChild<QLabel *>(QStringLiteral("searchStatus"))->text().contains(QStringLiteral("NOT")));

    // Results follow the library: deleting the document empties them.
    test::searchAndWait(panel, QStringLiteral("hard"));
    REQUIRE(panel.model()->rowCount() == 1);
    lib->documents().remove(id);
    test::waitForResults(panel);
    CHECK(panel.model()->rowCount() == 0);
}

TEST_CASE("The find bar counts hits, steps through them and wraps around", "[ui][search]")
{
    test::TemporaryLibrary lib;
    const qint64 id = lib->documents().insert(talk());
    ui::FindBar bar;
    bar.show();
    QList<DocumentHit> marked;
    QList<DocumentHit> visited;
    QObject::connect(&bar, &ui::FindBar::hitsChanged, [&](const QList<DocumentHit> &hits) { marked = hits; });
    QObject::connect(&bar, &ui::FindBar::currentHitChanged, [&](const DocumentHit &hit) { visited << hit; });
    bar.setSegments(lib->documents().segments(id));
    REQUIRE(test::waitFor([&] { return !bar.isPreparing(); }));

    auto *edit = bar.findChild<QLineEdit *>(QStringLiteral("findQuery"));
    bar.setQuery(QStringLiteral("對齊")); // QTest::keyClicks types ASCII only
    // 對齊 (segment 1), 对齐 (segment 2) but not 对，齐.
    REQUIRE(marked.size() == 2);
    CHECK(bar.countText() == QStringLiteral("1 of 2"));
    CHECK(visited.last().segmentOrdinal == 0);

    QTest::keyClick(edit, Qt::Key_Return);
    CHECK(bar.currentIndex() == 1);
    CHECK(visited.last().segmentOrdinal == 1);
    CHECK(visited.last().range.start == 0);
    bar.findChild<QToolButton *>(QStringLiteral("findNext"))->click();
    CHECK(bar.currentIndex() == 0); // wrapped
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    CHECK(bar.currentIndex() == 1);

    bar.setQuery(QStringLiteral("alignment"));
    CHECK(marked.size() == 2);
    CHECK(marked.first().side == Side::En);

    bar.setQuery(QStringLiteral("zebra"));
    CHECK(marked.isEmpty());
    CHECK(bar.countText() == QStringLiteral("No matches"));
    CHECK(bar.currentIndex() == -1);

    bool closed = false;
    QObject::connect(&bar, &ui::FindBar::closed, [&] { closed = true; });
    QTest::keyClick(edit, Qt::Key_Escape);
    CHECK(closed);
    CHECK_FALSE(bar.isVisible());
}
