// The speaker timeline as a screen reader sees it (issue 13): a list of turns named by
// speaker and time, the turn of the reader's current segment selected and reported, a
// press on a turn moving the reader there.
#include "models/item/segmentmodel.h"
#include "tests/ui/reader/windowfixture.h"
#include "ui/common/clocktext.h"
#include "ui/reader/readerview.h"
#include "ui/timeline/speakertimeline.h"
#include "ui/timeline/timelineaccessible.h"

#include <QAccessible>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

TEST_CASE("The timeline lists its turns for screen readers", "[timeline][accessibility]")
{
    test::WindowFixture f;
    f.open(QStringLiteral("003"));
    SpeakerTimeline *timeline = f.window.timeline();
    const TurnSchedule &schedule = timeline->schedule();
    REQUIRE(schedule.turns().size() > 3);
    auto *list = dynamic_cast<TimelineAccessible *>(QAccessible::queryAccessibleInterface(timeline));
    REQUIRE(list);

    CHECK(list->role() == QAccessible::List);
    CHECK(list->text(QAccessible::Name) == QStringLiteral("Speaker timeline"));
    CHECK(list->text(QAccessible::Description).contains(schedule.lanes().first().name));
    CHECK(list->childCount() == schedule.turns().size());
    CHECK(list->cachedTurnCount() == 0);

    const TurnSchedule::Turn &turn = schedule.turns().at(2);
    QAccessibleInterface *item = list->child(2);
    REQUIRE(item);
    CHECK(list->cachedTurnCount() == 1);
    CHECK(item->role() == QAccessible::ListItem);
    const QString name = item->text(QAccessible::Name);
    CHECK(name.startsWith(schedule.lanes().at(turn.lane).name + QStringLiteral(", ")));
    CHECK(name.contains(clockText(turn.start)));
    CHECK(name.contains(clockText(turn.end)));
    CHECK(list->indexOfChild(item) == 2);
    CHECK(item->parent() == list);

    SECTION("The turn of the current segment is selected")
    {
        f.window.reader()->setCurrentRow(turn.firstRow);
        CHECK(timeline->currentTurn() == 2);
        CHECK(item->state().selected);
        CHECK_FALSE(list->child(1)->state().selected);
    }

    SECTION("Pressing a turn moves the reader to it")
    {
        QAccessibleInterface *later = list->child(3);
        REQUIRE(later->actionInterface());
        later->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        CHECK(f.window.reader()->currentRow() == schedule.turns().at(3).firstRow);
    }
}
