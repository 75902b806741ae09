#include "models/align/cuealigner.h"
#include "models/import/importservice.h"
#include "tests/support/testsupport.h"

#include <QFile>

#include <catch2/catch.hpp>
#include <random>

using namespace bitext;

namespace {

ParsedDocument parseLecture()
{
    QFile file(test::dataPath(QStringLiteral("import/bilingual-lecture.srt")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return ImportService::parseBytes(file.readAll(), QStringLiteral("bilingual-lecture.srt"), QString());
}

} // namespace

TEST_CASE(
    "A subtitle file giving every cue twice, once per language, imports as bilingual segments", "[align][subtitles]")
{
    const ParsedDocument document = parseLecture();
    REQUIRE(document.segments.size() == 328);
    for (const Segment &segment : document.segments) {
        INFO(segment.sourceLine);
        CHECK(!segment.zh.isEmpty());
        CHECK(!segment.en.isEmpty());
        CHECK(segment.startMs.has_value());
    }
    CHECK(document.segments.front().en == QStringLiteral("The answer is 39, not 849."));
    CHECK(document.segments.front().zh == QStringLiteral("答案是 39，不是 849。"));
}

TEST_CASE("Two subtitle tracks timed apart pair back by their times", "[align][subtitles]")
{
    const ParsedDocument document = parseLecture();
    // The English track's times shifted by up to ±400 ms, and every seventh pair of its
    // cues given as one (a sentence the other side splits in two).
    std::mt19937 random(17);
    std::uniform_int_distribution<int> shift(-400, 400);
    QList<AlignUnit> zh, en;
    QList<QList<int>> expectedEn; // per Chinese cue
    for (int i = 0; i < document.segments.size(); ++i) {
        const Segment &s = document.segments.at(i);
        zh.append({s.zh, s.startMs, s.endMs, QString(), s.sourceLine});
        const qint64 start = *s.startMs + shift(random), end = *s.endMs + shift(random);
        if (i % 7 == 1) {
            en.last().text += QLatin1Char(' ') + s.en;
            en.last().endMs = end;
            expectedEn.append(expectedEn.last());
        } else {
            en.append({s.en, start, end, QString(), s.sourceLine});
            expectedEn.append(QList<int> {int(en.size()) - 1});
        }
    }
    const QList<AlignedPair> pairs = CueAligner::align(zh, en);
    int exact = 0;
    for (const AlignedPair &pair : pairs) {
        bool right = !pair.zh.isEmpty();
        for (const int z : pair.zh)
            right = right && expectedEn.at(z) == pair.en;
        exact += right ? int(pair.zh.size()) : 0;
    }
    const double share = double(exact) / zh.size();
    WARN("cues paired exactly: " << share * 100 << "% of " << zh.size());
    CHECK(share >= 0.95);
}
