// Tap-timing in the library: each start stored at once with the previous segment's end,
// refused when out of order, nudged, and put back by restore (undo).
#include "models/core/error.h"
#include "models/media/segmenttiming.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "tests/support/testsupport.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

qint64 insertUntimed(Library &library, int count)
{
    ParsedDocument p;
    p.document.title = QStringLiteral("Untimed");
    p.document.format = QStringLiteral("speaker-turns");
    for (int i = 0; i < count; ++i) {
        Segment s;
        s.zh = QStringLiteral("第%1句。").arg(i);
        s.en = QStringLiteral("Line %1.").arg(i);
        p.segments << s;
    }
    return library.documents().insert(p);
}

} // namespace

TEST_CASE("Tapping stores increasing starts and ends the segment before", "[media][timing]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = insertUntimed(*lib, 3);
    QList<Segment> segs = lib->documents().segments(doc);
    SegmentTiming timing(*lib);

    const auto first = timing.setStart(segs[0].id, 500);
    REQUIRE(first.size() == 1);
    CHECK_FALSE(first[0].startMs);
    const auto second = timing.setStart(segs[1].id, 2100);
    REQUIRE(second.size() == 2); // and the first one's end
    timing.setStart(segs[2].id, 4000);

    lib.reopen();
    segs = lib->documents().segments(doc);
    CHECK(segs[0].startMs == 500);
    CHECK(segs[0].endMs == 2100);
    CHECK(segs[1].startMs == 2100);
    CHECK(segs[1].endMs == 4000);
    CHECK(segs[2].startMs == 4000);
    CHECK_FALSE(segs[2].endMs);

    SECTION("undo puts back what was there")
    {
        SegmentTiming(*lib).restore(SegmentTiming(*lib).setStart(segs[2].id, 4500));
        SegmentTiming again(*lib);
        again.restore(second);
        segs = lib->documents().segments(doc);
        CHECK_FALSE(segs[1].startMs);
        CHECK_FALSE(segs[0].endMs);
        CHECK(segs[2].startMs == 4000);
    }
    SECTION("a start not after the previous one is refused, nothing written")
    {
        CHECK_THROWS_AS(SegmentTiming(*lib).setStart(segs[2].id, 2100), Error);
        CHECK(lib->documents().segments(doc)[2].startMs == 4000);
    }
    SECTION("a nudge moves the boundary with the previous end")
    {
        QSignalSpy changed(&*lib, &Library::changed);
        const auto before = SegmentTiming(*lib).nudge(segs[1].id, 100);
        CHECK(before.size() == 2);
        segs = lib->documents().segments(doc);
        CHECK(segs[1].startMs == 2200);
        CHECK(segs[0].endMs == 2200);
        REQUIRE(changed.count() == 1);
        CHECK(changed.at(0).at(0).value<ChangeList>().contains(
            Change {Change::Kind::Segment, Change::Op::Updated, segs[1].id, doc}));
        SegmentTiming(*lib).nudge(segs[1].id, -200);
        CHECK(lib->documents().segments(doc)[0].endMs == 2000);
        CHECK_THROWS_AS(SegmentTiming(*lib).nudge(segs[0].id, -600), Error); // before 0
    }
}

TEST_CASE("An untimed segment cannot be nudged", "[media][timing]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = insertUntimed(*lib, 2);
    const auto segs = lib->documents().segments(doc);
    CHECK_THROWS_AS(SegmentTiming(*lib).nudge(segs[1].id, 100), Error);
}
