// PairedSegments: pairs joined into segments, and where each input's text went (the
// offsets AlignService moves annotations by).
#include "models/align/pairedsegments.h"

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

Segment zhSegment(const QString &text, int line, int section = -1)
{
    Segment s;
    s.zh = text;
    s.sourceLine = line;
    s.sectionOrdinal = section;
    return s;
}

Segment enSegment(const QString &text, std::optional<qint64> start = std::nullopt)
{
    Segment s;
    s.en = text;
    s.startMs = start;
    s.endMs = start ? std::optional<qint64>(*start + 1000) : std::nullopt;
    return s;
}

} // namespace

TEST_CASE("paired segments join a pair's inputs and know where each landed", "[align][paired]")
{
    const QList<Segment> zh {zhSegment(QStringLiteral("甲𠀀乙"), 1, 0), zhSegment(QStringLiteral("丙丁"), 2),
        zhSegment(QStringLiteral("戊"), 3, 1)};
    const QList<Segment> en {enSegment(QStringLiteral("One two."), 500), enSegment(QStringLiteral("Three."), 2000),
        enSegment(QStringLiteral("Four."), 4000)};
    // 2-1, then 0-1, then 1-1.
    QList<AlignedPair> pairs;
    pairs << AlignedPair {{0, 1}, {0}, 0.9} << AlignedPair {{}, {1}, 0.2} << AlignedPair {{2}, {2}, 0.7};
    const PairedSegments paired(zh, en, pairs, Side::Zh);
    const QList<Segment> &out = paired.segments();
    REQUIRE(out.size() == 3);
    CHECK(out.at(0).zh == QStringLiteral("甲𠀀乙丙丁"));
    CHECK(out.at(0).en == QStringLiteral("One two."));
    CHECK(out.at(1).zh.isEmpty());
    CHECK(out.at(1).en == QStringLiteral("Three."));
    CHECK(out.at(2).ordinal == 2);
    // Code points, not UTF-16 units: 𠀀 is one.
    CHECK(paired.place(Side::Zh, 1).row == 0);
    CHECK(paired.place(Side::Zh, 1).offset == 3);
    CHECK(paired.place(Side::Zh, 2).row == 2);
    CHECK(paired.place(Side::Zh, 2).offset == 0);
    CHECK(paired.place(Side::En, 1).row == 1);
    // Sections from the Chinese side, kept by a row without it.
    CHECK(out.at(0).sectionOrdinal == 0);
    CHECK(out.at(1).sectionOrdinal == 0);
    CHECK(out.at(2).sectionOrdinal == 1);
    CHECK(*out.at(0).startMs == 500);
    CHECK(*out.at(1).confidence == Approx(0.2));
    CHECK(paired.lowConfidence() == 1);
}

TEST_CASE("English inputs of one pair are joined with a space", "[align][paired]")
{
    const QList<Segment> zh {zhSegment(QStringLiteral("你好，谢谢。"), 1)};
    const QList<Segment> en {enSegment(QStringLiteral("Hello.")), enSegment(QStringLiteral("Thanks."))};
    const PairedSegments paired(zh, en, {AlignedPair {{0}, {0, 1}, 1.0}}, Side::En);
    REQUIRE(paired.segments().size() == 1);
    CHECK(paired.segments().first().en == QStringLiteral("Hello. Thanks."));
    CHECK(paired.place(Side::En, 1).offset == 7);
}
