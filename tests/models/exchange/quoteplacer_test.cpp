#include "models/import/quoteplacer.h"

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

QList<Segment> segments(const QStringList &zh, const QStringList &en)
{
    QList<Segment> result;
    for (int i = 0; i < zh.size(); ++i) {
        Segment s;
        s.id = 100 + i;
        s.ordinal = i;
        s.zh = zh.at(i);
        s.en = en.value(i);
        result << s;
    }
    return result;
}

} // namespace

TEST_CASE("QuotePlacer: context first, a position as a hint, never a guess between equals", "[exchange][placer]")
{
    // "Thank you." three times, twice in the same context.
    const QuotePlacer placer(segments(
        {QStringLiteral("谢谢。"), QStringLiteral("不客气。"), QStringLiteral("谢谢。"), QStringLiteral("再见。")},
        {QStringLiteral("Thank you."), QStringLiteral("You're welcome."), QStringLiteral("Thank you."),
            QStringLiteral("Bye. Thank you.")}));
    QuotePlacer::Request request;
    request.quote = QStringLiteral("Thank you.");

    SECTION("no context, no position: three places fit, none is chosen")
    {
        CHECK_FALSE(placer.place(request, 1));
    }
    SECTION("the suffix picks the one before \"You're welcome\"")
    {
        request.suffix = QStringLiteral("\nYou're");
        const auto a = placer.place(request, 1);
        REQUIRE(a);
        CHECK(a->side == Side::En);
        CHECK(a->startSegmentId == 100);
        CHECK(a->startOffset == 0);
        CHECK(a->endOffset == 10);
    }
    SECTION("a position that holds the quote decides between equals")
    {
        // Row 2 starts after "Thank you.\nYou're welcome.\n": 27 code points.
        request.start = 27;
        request.end = 37;
        const auto a = placer.place(request, 1);
        REQUIRE(a);
        CHECK(a->startSegmentId == 102);
        CHECK(a->quote == request.quote);
    }
    SECTION("a position that no longer holds the quote only breaks ties, by nearness")
    {
        // Row 3 ("Bye. Thank you.") starts at 38; the text moved by five.
        request.start = 38;
        request.end = 48;
        const auto a = placer.place(request, 1);
        REQUIRE(a);
        CHECK(a->startSegmentId == 103);
        CHECK(a->startOffset == 5);
    }
    SECTION("context outweighs a stale position")
    {
        request.prefix = QStringLiteral("welcome.\n");
        request.start = 38;
        request.end = 48;
        const auto a = placer.place(request, 1);
        REQUIRE(a);
        CHECK(a->startSegmentId == 102);
    }
    SECTION("no side given: a quote on one side only is placed there, on both sides nowhere")
    {
        QuotePlacer::Request zh;
        zh.quote = QStringLiteral("不客气");
        const auto a = placer.place(zh, 1);
        REQUIRE(a);
        CHECK(a->side == Side::Zh);
        CHECK(a->startSegmentId == 101);

        const QuotePlacer mixed(segments({QStringLiteral("Claude 说谢谢")}, {QStringLiteral("Claude says thanks")}));
        QuotePlacer::Request name;
        name.quote = QStringLiteral("Claude");
        CHECK_FALSE(mixed.place(name, 1));
        name.side = Side::En;
        CHECK(mixed.place(name, 1));
    }
    SECTION("a side and a position alone take whatever the text holds there")
    {
        QuotePlacer::Request exact;
        exact.side = Side::Zh;
        exact.start = 4;
        exact.end = 7;
        const auto a = placer.place(exact, 1);
        REQUIRE(a);
        CHECK(a->quote == QStringLiteral("不客气"));
        exact.end = 999;
        CHECK_FALSE(placer.place(exact, 1));
    }
}
