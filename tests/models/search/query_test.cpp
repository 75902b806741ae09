#include "models/search/searchquery.h"

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

QString fts(const QString &input)
{
    return SearchQuery::parse(input).ftsExpression();
}

// How deep the expression's groups nest (outside quoted phrases).
int nesting(const QString &expression)
{
    int depth = 0;
    int deepest = 0;
    bool quoted = false;
    for (const QChar c : expression) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('('))
            deepest = std::max(deepest, ++depth);
        else if (!quoted && c == QLatin1Char(')'))
            --depth;
    }
    return deepest;
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
    CHECK(fts(QStringLiteral("cats and dogs")) == QStringLiteral("(\"cats\" AND \"and\" AND \"dogs\")"));
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

// Found by fuzz_search_query (tests/fuzz/regressions/search_query): FTS5's parser
// refuses an expression nested about 32 groups deep ("parser stack overflow"), which
// a long query or nested parentheses reached; very deep ones overflowed the stack.
TEST_CASE("Long and deeply nested queries stay within FTS5's nesting limit", "[search][query]")
{
    QStringList words;
    for (int i = 0; i < 150; ++i)
        words << QStringLiteral("w%1").arg(i);
    CHECK(nesting(fts(words.join(QLatin1Char(' ')))) == 1);
    CHECK(nesting(fts(words.join(QStringLiteral(" OR ")))) == 1);

    QString nested;
    for (int i = 0; i < 40; ++i)
        nested += QStringLiteral("a%1 OR (b%1 (c%1 NOT (").arg(i);
    const QString expression = fts(nested + QStringLiteral("z"));
    CHECK_FALSE(expression.isEmpty());
    CHECK(nesting(expression) <= 30);

    CHECK(fts(QString(200, QLatin1Char('(')) + QStringLiteral("a")) == QStringLiteral("\"a\""));
    // Past 256 terms and operators the rest is left out: only parentheses here.
    CHECK(fts(QString(300000, QLatin1Char('(')) + QStringLiteral("a")).isEmpty());
}

TEST_CASE("Phrases under NOT are not highlighted", "[search][query]")
{
    const SearchQuery q = SearchQuery::parse(QStringLiteral("对齐 NOT 控制"));
    REQUIRE(q.highlightPhrases().size() == 1);
    CHECK(q.highlightPhrases().first().tokens == QStringList{QStringLiteral("对"), QStringLiteral("齐")});
}
