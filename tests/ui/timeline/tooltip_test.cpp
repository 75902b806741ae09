// Hovering a turn on the speaker timeline shows its first words in both languages, the
// reader's first language first, each cut sensibly.
#include "models/item/segmentmodel.h"
#include "tests/ui/reader/windowfixture.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/reader/readerview.h"
#include "ui/timeline/speakertimeline.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

// The tooltip over a turn's bar, as plain text lines (speaker and time first).
QStringList toolTipLines(MainWindow &window, int turn)
{
    SpeakerTimeline *timeline = window.timeline();
    QTextDocument document;
    document.setHtml(timeline->toolTipAt(timeline->barRect(turn).center()));
    return document.toPlainText().split(QRegularExpression(QStringLiteral("[\\n\\x{2028}]")));
}

// The first words of a text as the tooltip starts them.
QString start(const QString &text)
{
    return text.simplified().left(12);
}

} // namespace

TEST_CASE(
    "The timeline tooltip shows a turn's Chinese and English, the reader's first language first", "[timeline][tooltip]")
{
    test::WindowFixture f;
    f.open(QStringLiteral("003"));
    SpeakerTimeline *timeline = f.window.timeline();
    REQUIRE(timeline->schedule().turns().size() > 3);
    const TurnSchedule::Turn &turn = timeline->schedule().turns().at(1);
    const Segment &segment = f.window.segmentModel()->segmentAt(turn.firstRow);
    REQUIRE_FALSE(segment.zh.isEmpty());
    REQUIRE_FALSE(segment.en.isEmpty());

    QStringList lines = toolTipLines(f.window, 1);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).startsWith(segment.speaker));
    CHECK(lines.at(1).startsWith(start(segment.zh)));
    CHECK(lines.at(2).startsWith(start(segment.en)));

    // English first when the reader shows English first.
    f.window.reader()->setArrangement(ReaderArrangement::EnZh);
    lines = toolTipLines(f.window, 1);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(1).startsWith(start(segment.en)));
    CHECK(lines.at(2).startsWith(start(segment.zh)));
    f.window.reader()->setArrangement(ReaderArrangement::ZhEn);
}

TEST_CASE("Long turns are cut with an ellipsis, English between words", "[timeline][tooltip]")
{
    test::WindowFixture f;
    f.open(QStringLiteral("003"));
    SpeakerTimeline *timeline = f.window.timeline();
    // Amanda's first turn runs over four paragraphs in each language.
    const Segment &segment = f.window.segmentModel()->segmentAt(timeline->schedule().turns().at(1).firstRow);
    REQUIRE(segment.en.size() > 400);
    const QStringList lines = toolTipLines(f.window, 1);
    REQUIRE(lines.size() == 3);
    const QString ellipsis(QChar(0x2026));
    for (const QString &line : {lines.at(1), lines.at(2)}) {
        CHECK(line.endsWith(ellipsis));
        CHECK(line.size() < 200);
    }
    CHECK(lines.at(1).size() > 20);
    // The English stops after a whole word of the original.
    QString english = lines.at(2);
    english.chop(1);
    const QString original = segment.en.simplified();
    REQUIRE(original.startsWith(english));
    CHECK_FALSE(original.at(english.size()).isLetterOrNumber());
}

TEST_CASE("A Chinese-only document's tooltip shows its Chinese", "[timeline][tooltip]")
{
    test::WindowFixture f;
    f.open(QStringLiteral("002"));
    SpeakerTimeline *timeline = f.window.timeline();
    REQUIRE_FALSE(timeline->schedule().turns().isEmpty());
    const Segment &segment = f.window.segmentModel()->segmentAt(timeline->schedule().turns().at(0).firstRow);
    const QStringList lines = toolTipLines(f.window, 0);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1).startsWith(start(segment.zh)));
}
