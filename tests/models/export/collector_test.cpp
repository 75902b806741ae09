#include "models/export/exportcollector.h"
#include "models/export/exporttext.h"
#include "tests/models/export/exportfixture.h"

#include <catch2/catch.hpp>

using namespace bitext;

TEST_CASE("the collector gathers the whole library with exact positions", "[export]")
{
    test::AnnotatedLibrary fx;
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest{});
    REQUIRE(data.documents.size() == 2);
    REQUIRE(data.quotes.size() == fx.quotes);
    REQUIRE(data.groups.size() == 2);
    CHECK(data.groups.at(0).quotes.size() == 3);
    CHECK(data.documents.at(0).speakers == QStringList{QStringLiteral("Host"), QStringLiteral("Amanda Askell")});
    CHECK(data.documents.at(0).note == QStringLiteral("A talk about character."));
    CHECK(data.usedTagPaths == QStringList{QStringLiteral("Ethics"), QStringLiteral("Ethics/Honesty"),
                                           QStringLiteral("Safety research")});
    for (const ExportQuote &q : data.quotes) {
        REQUIRE(q.hasPosition());
        const QString &text = data.documents.at(q.documentIndex).text(q.annotation.side);
        CHECK(exporttext::codePointMid(text, q.start, q.end) == q.annotation.quote);
        CHECK(q.quoteText() == q.annotation.quote);
    }
    // The two-segment quote carries both English turns as its aligned passage, and
    // its position counts 𠮷 (outside the BMP) as one code point.
    const ExportQuote &span = data.quotes.at(1);
    CHECK(span.en == QStringLiteral("I think honesty is the most important trait. But honesty needs kindness too, it must not hurt."));
    CHECK(span.end - span.start == exporttext::codePointCount(span.annotation.quote));
    CHECK(span.end - span.start < span.annotation.quote.size());
    CHECK(span.speaker == QStringLiteral("Amanda Askell"));
}

TEST_CASE("scope by tag includes tags below it and drops documents without matches", "[export]")
{
    test::AnnotatedLibrary fx;
    ExportRequest request;
    request.tagIds = {fx.ethics};
    request.grouping = ExportGrouping::ByTag;
    const ExportData data = ExportCollector(fx.lib.library()).collect(request);
    REQUIRE(data.documents.size() == 1);
    CHECK(data.quotes.size() == 2);
    REQUIRE(data.groups.size() == 2);
    CHECK(data.groups.at(0).title == QStringLiteral("Ethics"));
    CHECK(data.groups.at(0).quotes.size() == 1);
    CHECK(data.groups.at(1).title == QStringLiteral("Ethics/Honesty"));
    CHECK(data.groups.at(1).quotes.size() == 2);
}

TEST_CASE("scope by document, grouping by tag with an untagged group, without translation", "[export]")
{
    test::AnnotatedLibrary fx;
    ExportRequest request;
    request.documentIds = {fx.article};
    request.grouping = ExportGrouping::ByTag;
    request.withTranslation = false;
    const ExportData data = ExportCollector(fx.lib.library()).collect(request);
    REQUIRE(data.documents.size() == 1);
    REQUIRE(data.quotes.size() == 2);
    for (const ExportQuote &q : data.quotes)
        CHECK((q.annotation.side == Side::Zh ? q.en : q.zh).isEmpty());
    REQUIRE(data.groups.size() == 2);
    CHECK(data.groups.at(0).title == QStringLiteral("Safety research"));
    CHECK(data.groups.at(1).quotes == QList<int>{1});

    request.documentIds = {424242};
    CHECK_THROWS_AS(ExportCollector(fx.lib.library()).collect(request), Error);
}

TEST_CASE("hashtags are valid Obsidian tags", "[export]")
{
    CHECK(exporttext::hashtag(QStringLiteral("Safety research")) == QStringLiteral("Safety_research"));
    CHECK(exporttext::hashtag(QStringLiteral("Ethics/Honesty")) == QStringLiteral("Ethics/Honesty"));
    CHECK(exporttext::hashtag(QStringLiteral("伦理/诚实 (核心)")) == QStringLiteral("伦理/诚实_核心"));
    CHECK(exporttext::hashtag(QStringLiteral("2024")) == QStringLiteral("tag_2024"));
    CHECK(exporttext::hashtag(QStringLiteral("/a//b c/")) == QStringLiteral("a/b_c"));
    CHECK(exporttext::hashtag(QStringLiteral("<b>#x")) == QStringLiteral("b_x"));
    CHECK(exporttext::xmlSafe(QStringLiteral("a\u0001b\u000bc\td\n")) == QStringLiteral("abc\td\n"));
}
