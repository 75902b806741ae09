// Traditional or Simplified: the rule (models/text/hanvariants) the reader picks glyph
// forms by, on made-up lines and on the seeds (004 is Traditional, 000–003 Simplified).
#include "models/import/importservice.h"
#include "models/search/textnormalizer.h"
#include "models/text/hanvariants.h"
#include "tests/support/testsupport.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

// Chinese segments of a seed that the rule calls Traditional, and how many there are.
QPair<int, int> traditionalSegments(const QString &seed)
{
    QFile file(test::seedPath(seed));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const ParsedDocument parsed = ImportService::parseBytes(file.readAll(), seed, QString());
    int traditional = 0;
    int chinese = 0;
    for (const Segment &s : parsed.segments) {
        if (s.zh.isEmpty())
            continue;
        ++chinese;
        if (HanVariants::instance().isTraditional(s.zh))
            ++traditional;
    }
    return {traditional, chinese};
}

} // namespace

TEST_CASE("Text that changes under Traditional to Simplified conversion is Traditional", "[text][variants]")
{
    const HanVariants &variants = HanVariants::instance();
    CHECK(variants.isTraditional(QStringLiteral("大家好，這裡是最佳拍檔，我是大飛。")));
    CHECK(variants.isTraditional(QStringLiteral("揚·萊克（Jan Leike）")));
    CHECK_FALSE(variants.isTraditional(QStringLiteral("大家好，这里是最佳拍档，我是大飞。")));
    CHECK_FALSE(variants.isTraditional(QStringLiteral("感谢大家的观看，我们下期再见")));
    // Neither: characters both scripts write alike, and no Chinese at all.
    CHECK_FALSE(variants.isTraditional(QStringLiteral("大家好")));
    CHECK(variants.script(QStringLiteral("大家好")) == ChineseScript::Unknown);
    CHECK(variants.script(QStringLiteral("感谢大家的观看")) == ChineseScript::Simplified);
    CHECK(variants.script(QStringLiteral("這裡")) == ChineseScript::Traditional);
    CHECK_FALSE(variants.isTraditional(QStringLiteral("Alignment is a process.")));
    // A stray Traditional word does not make a Simplified paragraph Traditional.
    CHECK(variants.traditionalCount(QStringLiteral("我认為这个问题很难说清楚")) == 1);
    CHECK_FALSE(variants.isTraditional(QStringLiteral("我认為这个问题很难说清楚")));
    // Search folds with the same table.
    CHECK(variants.simplified(QChar(0x5C0D)) == QChar(0x5BF9)); // 對 -> 对
    CHECK(TextNormalizer::instance().fold(QStringLiteral("對齊")) == QStringLiteral("对齐"));
}

TEST_CASE("Seed 004 is Traditional segment by segment, the others Simplified", "[text][variants][seeds]")
{
    const auto notes = traditionalSegments(QStringLiteral("004_7e74a9c38024e962.txt"));
    // Three of 004's lines are written in Simplified ("感谢大家的观看，我们下期再见").
    CHECK(notes.second == 54);
    CHECK(notes.first == 51);
    for (const QString &seed : {QStringLiteral("000_f1a85dea575bd100.txt"), QStringLiteral("001_b20dc5de5308e2ee.txt"),
             QStringLiteral("002_1f521656fab2dc1c.txt"), QStringLiteral("003_e2e2177cc1a7e815.txt")}) {
        INFO(seed.toStdString());
        CHECK(traditionalSegments(seed).first == 0);
    }
}
