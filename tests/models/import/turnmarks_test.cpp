// ">>" speaker-change marks of YouTube transcripts (seed 000's English) and captions:
// each starts a new turn and never reaches the reader.
#include "models/import/importservice.h"
#include "models/import/inlinemarkup.h"
#include "tests/support/testsupport.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace bitext;

TEST_CASE("A >> mark starts a new turn and is removed", "[import][turnmarks]")
{
    CHECK(InlineMarkup::speakerTurns(QStringLiteral(">> Thank you for having me."))
        == QStringList {QStringLiteral("Thank you for having me.")});
    CHECK(InlineMarkup::speakerTurns(QStringLiteral(">> Are you ready? >> I am."))
        == QStringList {QStringLiteral("Are you ready?"), QStringLiteral("I am.")});
    CHECK(
        InlineMarkup::speakerTurns(QStringLiteral("No marks here.")) == QStringList {QStringLiteral("No marks here.")});
    // Not marks: shifts in code and arrows inside words.
    CHECK(InlineMarkup::speakerTurns(QStringLiteral("x>>2 halves it twice"))
        == QStringList {QStringLiteral("x>>2 halves it twice")});
    CHECK(InlineMarkup::speakerTurns(QStringLiteral(">>")).isEmpty());
}

TEST_CASE("000: the English originals carry no >> marks", "[import][seeds][turnmarks]")
{
    QFile file(test::seedPath(QStringLiteral("000_f1a85dea575bd100.txt")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const ParsedDocument p
        = ImportService::parseBytes(file.readAll(), QStringLiteral("000_f1a85dea575bd100.txt"), QString());
    REQUIRE(p.segments.size() == 104); // the marks start turns that already are segments
    int marked = 0;
    for (const Segment &s : p.segments) {
        INFO(s.sourceLine);
        CHECK_FALSE(s.en.contains(QLatin1String(">>")));
        CHECK_FALSE(s.en.startsWith(QLatin1Char(' ')));
        if (s.en == QStringLiteral("Emmett Shear, welcome to the podcast. Thanks for joining."))
            ++marked;
    }
    CHECK(marked == 1);
    CHECK(p.segments.last().en == QStringLiteral("Yeah, thank you for having me."));
}

TEST_CASE("Captions: a cue with two >> turns keeps them apart, without the marks", "[import][turnmarks]")
{
    const QByteArray vtt = "WEBVTT\n\n"
                           "00:00:01.000 --> 00:00:04.000\n"
                           "&gt;&gt; Welcome to the show. &gt;&gt; Thanks for\n"
                           "having me.\n\n"
                           "00:00:04.000 --> 00:00:06.000\n"
                           ">> So, tell us about alignment.\n";
    const ParsedDocument p = ImportService::parseBytes(vtt, QStringLiteral("captions.vtt"), QString());
    CHECK(p.document.format == QStringLiteral("vtt"));
    REQUIRE(p.segments.size() == 2);
    CHECK(p.segments.at(0).en == QStringLiteral("Welcome to the show.\nThanks for\nhaving me."));
    CHECK(p.segments.at(1).en == QStringLiteral("So, tell us about alignment."));
}
