// The timeline's legend (speaker names and shares) sets where every bar starts. It is
// measured once per set of names and font, not for each turn in every paint, so it must
// follow a renamed speaker and a new font.
#include "models/store/library.h"
#include "models/store/speakerrepository.h"
#include "tests/ui/reader/windowfixture.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/timeline/speakertimeline.h"

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

TEST_CASE("The bars start after the legend as wide as the names and the font make it", "[timeline]")
{
    test::WindowFixture f;
    f.open(QStringLiteral("003"));
    SpeakerTimeline *timeline = f.window.timeline();
    REQUIRE(timeline->schedule().turns().size() > 1);
    timeline->resize(900, timeline->height());
    const int start = timeline->barRect(0).left();
    REQUIRE(start > 0);

    // A longer name widens the legend: the bars move right.
    const qint64 speaker = f.speaker(timeline->schedule().lanes().at(0).name);
    f.window.library()->speakers().rename(speaker, QStringLiteral("A Much Longer Speaker Name Than Before"));
    const int renamed = timeline->barRect(0).left();
    CHECK(renamed > start);

    // A larger font too.
    QFont font = timeline->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    timeline->setFont(font);
    CHECK(timeline->barRect(0).left() > renamed);
}
