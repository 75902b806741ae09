// Follow-along: which segment is spoken at a position, by bisection over the times.
#include "models/media/timeindex.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

Segment timed(int ordinal, std::optional<qint64> start, std::optional<qint64> end = std::nullopt)
{
    Segment s;
    s.ordinal = ordinal;
    s.startMs = start;
    s.endMs = end;
    return s;
}

} // namespace

TEST_CASE("TimeIndex finds the segment being spoken", "[media][timeindex]")
{
    TimeIndex index;
    index.reset({timed(0, 1000, 2000), timed(1, 2500), timed(2, std::nullopt), timed(3, 4000, 5000)});
    CHECK(index.rowAt(0) == -1); // before the first
    CHECK(index.rowAt(1000) == 0);
    CHECK(index.rowAt(1999) == 0);
    CHECK(index.rowAt(2200) == -1); // the pause after an end
    CHECK(index.rowAt(2500) == 1);
    CHECK(index.rowAt(3999) == 1); // no end: until the next start
    CHECK(index.rowAt(4500) == 3);
    CHECK(index.rowAt(6000) == -1);
    CHECK(index.startOf(1) == 2500);
    CHECK_FALSE(index.startOf(2));
    CHECK_FALSE(index.startOf(-1));
    CHECK_FALSE(index.startOf(4));
}

TEST_CASE("TimeIndex with no times finds nothing", "[media][timeindex]")
{
    TimeIndex index;
    CHECK(index.rowAt(100) == -1);
    index.reset({timed(0, std::nullopt), timed(1, std::nullopt)});
    CHECK(index.rowAt(100) == -1);
}

TEST_CASE("TimeIndex answers a position on 20,000 segments in well under 2 ms", "[media][timeindex][performance]")
{
    QList<Segment> segments;
    for (int i = 0; i < 20000; ++i)
        segments.append(timed(i, qint64(i) * 3000, qint64(i) * 3000 + 2500));
    TimeIndex index;
    index.reset(segments);
    QElapsedTimer timer;
    timer.start();
    int found = 0;
    for (int i = 0; i < 10000; ++i)
        found += index.rowAt(qint64(i) * 6000 + 10) >= 0 ? 1 : 0;
    const double perUpdateMs = double(timer.nsecsElapsed()) / 1e6 / 10000;
    CHECK(found == 10000);
    CHECK(perUpdateMs < 2.0);
    CHECK(index.rowAt(19999 * 3000 + 1) == 19999);
}
