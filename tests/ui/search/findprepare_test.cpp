// Find in a long document: the document is folded for finding on a worker, so opening
// the bar never waits; the bar says so meanwhile, and a document given meanwhile
// replaces the one being prepared (whose answer is dropped).
#include "models/domain/segment.h"
#include "tests/support/testsupport.h"
#include "ui/search/findbar.h"

#include <QTest>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

QList<Segment> longDocument(int count)
{
    QList<Segment> segments;
    for (int i = 0; i < count; ++i) {
        Segment s;
        s.id = i + 1;
        s.ordinal = i;
        s.zh = QStringLiteral("我们讨论对齐问题,第%1段。").arg(i);
        s.en = QStringLiteral("We discuss alignment, paragraph %1.").arg(i);
        segments << s;
    }
    return segments;
}

} // namespace

TEST_CASE("The find bar prepares a long document off the GUI thread and says so meanwhile", "[ui][search][find]")
{
    ui::FindBar bar;
    bar.show();
    bar.setQuery(QStringLiteral("alignment"));
    const QList<Segment> segments = longDocument(20000);
    bar.setSegments(segments);
    // Returned at once: the answer comes through the event loop, not yet run.
    CHECK(bar.isPreparing());
    CHECK(bar.hits().isEmpty());
    CHECK(bar.countText() == QStringLiteral("Preparing…"));

    REQUIRE(test::waitFor([&] { return !bar.isPreparing(); }, 60000));
    CHECK(bar.hits().size() == 20000);
    CHECK(bar.countText() == QStringLiteral("1 of 20000"));
}

TEST_CASE("Another document given while one is prepared replaces it", "[ui][search][find]")
{
    ui::FindBar bar;
    bar.show();
    bar.setQuery(QStringLiteral("对齐"));
    const QList<Segment> segments = longDocument(20000);
    bar.setSegments(segments);
    bar.setSegments(segments.mid(0, 10)); // the user opened another document
    REQUIRE(test::waitFor([&] { return !bar.isPreparing(); }, 60000));
    QTest::qWait(300); // the first document's answer, if it came now, would be dropped
    CHECK(bar.hits().size() == 10);
    CHECK(bar.countText() == QStringLiteral("1 of 10"));
}
