#include "models/search/searchtokenizer.h"
#include "models/search/textnormalizer.h"

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

QString fold(const QString &text)
{
    return TextNormalizer::instance().fold(text);
}

QStringList tokenTexts(const QString &text)
{
    QStringList result;
    const QList<SearchToken> tokens = SearchTokenizer::tokenize(TextNormalizer::instance().normalize(text));
    for (const SearchToken &token : tokens)
        result << (token.barrier ? QStringLiteral("|") : token.text);
    return result;
}

} // namespace

TEST_CASE("Traditional Chinese folds to Simplified", "[search][normalize]")
{
    CHECK(fold(QStringLiteral("對齊")) == QStringLiteral("对齐"));
    CHECK(fold(QStringLiteral("对齐")) == QStringLiteral("对齐"));
    CHECK(fold(QStringLiteral("揚·萊克說")) == QStringLiteral("扬·莱克说"));
}

TEST_CASE("Case and full-width forms fold together", "[search][normalize]")
{
    CHECK(fold(QStringLiteral("Alignment")) == QStringLiteral("alignment"));
    CHECK(fold(QStringLiteral("ＡＩ　Ｓａｆｅｔｙ")) == QStringLiteral("ai safety"));
    CHECK(fold(QStringLiteral("１２３")) == QStringLiteral("123"));
    CHECK(fold(QStringLiteral("Straße")) == QStringLiteral("strasse"));
}

TEST_CASE("Normalised positions map back to the original text", "[search][normalize]")
{
    // "ﬁ" expands to two characters; both map to the one original ligature.
    const QString original = QStringLiteral("Ａ ﬁne 對齊");
    const NormalizedText n = TextNormalizer::instance().normalize(original);
    CHECK(n.text == QStringLiteral("a fine 对齐"));
    REQUIRE(n.originalStart.size() == n.text.size());
    CHECK(n.originalStart.at(2) == 2);
    CHECK(n.originalEnd.at(2) == 3);
    CHECK(n.originalStart.at(3) == 2);
    CHECK(n.originalEnd.at(3) == 3);
    CHECK(n.originalStart.at(4) == 3);
    const int han = int(n.text.indexOf(QStringLiteral("对")));
    CHECK(original.mid(n.originalStart.at(han), n.originalEnd.at(han + 1) - n.originalStart.at(han)) == QStringLiteral("對齊"));
}

TEST_CASE("Han characters are single tokens and punctuation is a barrier", "[search][tokenize]")
{
    CHECK(tokenTexts(QStringLiteral("对齐研究")) == QStringList{QStringLiteral("对"), QStringLiteral("齐"), QStringLiteral("研"), QStringLiteral("究")});
    CHECK(tokenTexts(QStringLiteral("对，齐")) == QStringList{QStringLiteral("对"), QStringLiteral("|"), QStringLiteral("齐")});
    // Spaces from speech recognition ("我 不 认为") are no barrier.
    CHECK(tokenTexts(QStringLiteral("我 不")) == QStringList{QStringLiteral("我"), QStringLiteral("不")});
    CHECK(tokenTexts(QStringLiteral("AI对齐")) == QStringList{QStringLiteral("ai"), QStringLiteral("对"), QStringLiteral("齐")});
    CHECK(tokenTexts(QStringLiteral("Hello, World!")) == QStringList{QStringLiteral("hello"), QStringLiteral("|"), QStringLiteral("world")});
    // Joiners inside a word split it without a barrier.
    CHECK(tokenTexts(QStringLiteral("don't")) == QStringList{QStringLiteral("don"), QStringLiteral("t")});
    // Leading and trailing punctuation leaves no barrier behind.
    CHECK(tokenTexts(QStringLiteral("“对齐”。")) == QStringList{QStringLiteral("对"), QStringLiteral("齐")});
}

TEST_CASE("Index text never contains the barrier for user text", "[search][tokenize]")
{
    const QString body = SearchTokenizer::indexText(QStringLiteral("嗯。對齊\u3000ＡＩ"));
    CHECK(body == QStringLiteral("嗯 ") + SearchTokenizer::barrierText() + QStringLiteral(" 对 齐 ai"));
    // A private-use character in the source is not a token, so it cannot fake a barrier.
    CHECK(tokenTexts(QStringLiteral("a\uE000b")) == QStringList{QStringLiteral("a"), QStringLiteral("b")});
}

TEST_CASE("Folding does not depend on context", "[search][normalize]")
{
    // Phrase-level conversion would turn 乾燥 into 干燥 but leave 乾 alone, so a
    // query for 乾 would miss it; folding character by character cannot.
    CHECK(fold(QStringLiteral("乾燥")).startsWith(fold(QStringLiteral("乾"))));
    CHECK(fold(QStringLiteral("說話")) == fold(QStringLiteral("說")) + fold(QStringLiteral("話")));
    CHECK(fold(QStringLiteral("说话")) == QStringLiteral("说话"));
}

TEST_CASE("The fast paths fold as the offset path and the index text as the tokens", "[search][normalize][tokenize]")
{
    // ASCII before a combining mark, capitals, a ligature, full-width forms, a
    // character outside the BMP, a lone surrogate, Traditional Han, joiners.
    const QString samples[] = {
        QStringLiteral("e\u0301te\u0301 CAFE\u0301 ﬁne"),
        QStringLiteral("ＡＩ　Ｓａｆｅｔｙ, don't e-mail 3.5"),
        QStringLiteral("對齊 \U00020000x\U0001D400Y"),
        QString(QChar(0xD800)) + QStringLiteral("A") + QString(QChar(0xDC00)) + QStringLiteral("b"),
        QStringLiteral("Hello, World! 我 不 认为。「對」"),
        QStringLiteral("A\u0308\u0323B"),
    };
    for (const QString &text : samples) {
        const NormalizedText n = TextNormalizer::instance().normalize(text);
        CHECK(TextNormalizer::instance().fold(text) == n.text);
        CHECK(n.originalStart.size() == n.text.size());
        CHECK(n.originalEnd.size() == n.text.size());
        QStringList tokens;
        for (const SearchToken &token : SearchTokenizer::tokenize(n))
            tokens << token.text;
        CHECK(SearchTokenizer::indexText(text) == tokens.join(QLatin1Char(' ')));
    }
    // Each unit of a character outside the BMP maps to both of its units.
    const NormalizedText wide = TextNormalizer::instance().normalize(QStringLiteral("a\U00020000"));
    REQUIRE(wide.text.size() == 3);
    CHECK(wide.originalStart.at(1) == 1);
    CHECK(wide.originalEnd.at(1) == 3);
    CHECK(wide.originalStart.at(2) == 1);
    CHECK(wide.originalEnd.at(2) == 3);
    CHECK(TextNormalizer::instance().fold(QStringLiteral("CAFE\u0301")) == QStringLiteral("caf\u00e9"));
}
