#include "models/analysis/textunits.h"

#include <catch2/catch.hpp>

using namespace bitext;

TEST_CASE("Han characters are a unit each, other letters and digits a word, punctuation nothing", "[analysis][units]")
{
    CHECK(TextUnits::count(QStringLiteral("我们研究对齐。")) == 6);
    CHECK(TextUnits::count(QStringLiteral("I don't think so, 2024.")) == 5); // I, don't, think, so, 2024
    // A Latin name inside Chinese text is one word: 我 用 Claude 写 = 4.
    CHECK(TextUnits::count(QStringLiteral("我用Claude写")) == 4);
    CHECK(TextUnits::count(QStringLiteral("  ，。! ")) == 0);
    // A character outside the BMP (𠮷, two UTF-16 units) is one code point and one unit.
    CHECK(TextUnits::count(QStringLiteral("𠮷野家")) == 3);
}

TEST_CASE("Covered units count a unit once, however many ranges touch it", "[analysis][units]")
{
    const QString text = QStringLiteral("Alignment is hard work"); // 4 words
    // [0,3) touches "Alignment"; [1,5) too; [13,17) is "hard".
    CHECK(TextUnits::covered(text, {{0, 3}, {1, 5}, {13, 17}}) == 2);
    CHECK(TextUnits::covered(text, {}) == 0);
    CHECK(TextUnits::covered(text, {{0, 100}}) == 4);
    // Code points, not UTF-16: in "𠮷野家好" the range [1,3) is 野家.
    CHECK(TextUnits::covered(QStringLiteral("𠮷野家好"), {{1, 3}}) == 2);
}
