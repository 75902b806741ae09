// Tapped times reach the open document at once: the segment model re-reads the rows
// named by the change, and the speaker timeline measures real durations instead of
// estimates (a segment lasting until the next one starts).
#include "models/item/itemroles.h"
#include "models/item/segmentmodel.h"
#include "models/item/turnschedule.h"
#include "models/media/segmenttiming.h"
#include "models/store/documentrepository.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace bitext;

TEST_CASE("Tapped times reach the segment model and give the timeline real durations", "[media][timeline]")
{
    test::TemporaryLibrary lib;
    ParsedDocument p;
    p.document.title = QStringLiteral("Untimed");
    p.document.format = QStringLiteral("speaker-turns");
    for (int i = 0; i < 3; ++i) {
        Segment s;
        s.speaker = i == 1 ? QStringLiteral("Guest") : QStringLiteral("Host");
        s.zh = QStringLiteral("第%1句。").arg(i);
        s.en = QStringLiteral("Line %1 with a few more words in it.").arg(i);
        p.segments << s;
    }
    const qint64 doc = lib->documents().insert(p);
    const QList<Segment> segments = lib->documents().segments(doc);
    SegmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLibrary(&lib.library());
    model.setDocument(doc);
    TurnSchedule schedule;
    schedule.rebuild(model);
    CHECK(schedule.estimated());

    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    SegmentTiming timing(*lib);
    timing.setStart(segments[0].id, 2000);
    timing.setStart(segments[1].id, 12000);
    const auto undo = timing.setStart(segments[2].id, 30000);
    CHECK(dataChanged.count() >= 3);
    CHECK(model.index(1).data(ItemRole::StartMsRole).toLongLong() == 12000);
    CHECK(model.index(0).data(ItemRole::EndMsRole).toLongLong() == 12000);
    REQUIRE(model.hasTimes());

    schedule.rebuild(model);
    CHECK_FALSE(schedule.estimated());
    CHECK(schedule.rowStart(0) == Approx(2.0));
    CHECK(schedule.rowEnd(0) == Approx(12.0));
    CHECK(schedule.rowEnd(1) == Approx(30.0)); // until the next start
    CHECK(schedule.lanes().at(1).seconds == Approx(18.0)); // the guest's one segment

    // Undone to no times at all: estimates again.
    timing.restore(undo);
    timing.restore(timing.setStart(segments[2].id, 31000)); // a redo undone again
    SegmentTiming(*lib).restore({{segments[0].id, std::nullopt, std::nullopt},
        {segments[1].id, std::nullopt, std::nullopt}, {segments[2].id, std::nullopt, std::nullopt}});
    CHECK_FALSE(model.hasTimes());
    schedule.rebuild(model);
    CHECK(schedule.estimated());
}
