#include "models/search/searchquery.h"

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

QString fts(const QString &input)
{
    return SearchQuery::parse(input).ftsExpression();
}

} // namespace

TEST_CASE("Words and Chinese strings become quoted phrases", "[search][query]")
{
    CHECK(fts(QStringLiteral("Alignment")) == QStringLiteral("\"alignment\""));
    CHECK(fts(QStringLiteral("對齊")) == QStringLiteral("\"对 齐\""));
    CHECK(fts(QStringLiteral("嗯")) == QStringLiteral("\"嗯\""));
    CHECK(fts(QStringLiteral("\"Outer Alignment\"")) == QStringLiteral("\"outer alignment\""));
    CHECK(fts(QStringLiteral("“有机 对齐”")) == QStringLiteral("\"有 机 对 齐\""));
}

TEST_CASE("Implicit AND, OR, NOT and parentheses", "[search][query]")
{
    CHECK(fts(QStringLiteral("AI 对齐")) == QStringLiteral("(\"ai\" AND \"对 齐\")"));
    CHECK(fts(QStringLiteral("a OR b c")) == QStringLiteral("(\"a\" OR (\"b\" AND \"c\"))"));
    CHECK(fts(QStringLiteral("(a OR b) c")) == QStringLiteral("((\"a\" OR \"b\") AND \"c\")"));
    CHECK(fts(QStringLiteral("a NOT b")) == QStringLiteral("(\"a\" NOT \"b\")"));
    CHECK(fts(QStringLiteral("a AND NOT b")) == QStringLiteral("(\"a\" NOT \"b\")"));
    // Lower-case operators are ordinary words.
    CHECK(fts(QStringLiteral("cats and dogs")) == QStringLiteral("((\"cats\" AND \"and\") AND \"dogs\")"));
}

TEST_CASE("Prefix queries", "[search][query]")
{
    CHECK(fts(QStringLiteral("align*")) == QStringLiteral("\"align\" *"));
    CHECK(fts(QStringLiteral("\"outer align\"*")) == QStringLiteral("\"outer align\" *"));
    const SearchQuery q = SearchQuery::parse(QStringLiteral("align*"));
    REQUIRE(q.highlightPhrases().size() == 1);
    CHECK(q.highlightPhrases().first().prefix);
}

TEST_CASE("No user input produces invalid FTS5 syntax", "[search][query]")
{
    CHECK(SearchQuery::parse(QString()).isEmpty());
    CHECK(SearchQuery::parse(QStringLiteral("，。！")).isEmpty());
    CHECK(SearchQuery::parse(QStringLiteral("*")).isEmpty());
    CHECK(fts(QStringLiteral("AND")) == QString());
    CHECK(fts(QStringLiteral("a OR")) == QStringLiteral("\"a\""));
    CHECK(fts(QStringLiteral("(a b")) == QStringLiteral("(\"a\" AND \"b\")"));
    CHECK(fts(QStringLiteral("a) b")) == QStringLiteral("(\"a\" AND \"b\")"));
    CHECK(fts(QStringLiteral("\"unclosed phrase")) == QStringLiteral("\"unclosed phrase\""));
    const SearchQuery leadingNot = SearchQuery::parse(QStringLiteral("NOT a"));
    CHECK(leadingNot.isEmpty());
    CHECK_FALSE(leadingNot.problem().isEmpty());
}

TEST_CASE("Phrases under NOT are not highlighted", "[search][query]")
{
    const SearchQuery q = SearchQuery::parse(QStringLiteral("对齐 NOT 控制"));
    REQUIRE(q.highlightPhrases().size() == 1);
    CHECK(q.highlightPhrases().first().tokens == QStringList{QStringLiteral("对"), QStringLiteral("齐")});
}
