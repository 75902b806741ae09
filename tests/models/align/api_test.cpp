#include "models/align/alignmentquality.h"
#include "models/align/charratio.h"
#include "models/align/cuealigner.h"
#include "models/align/lengthaligner.h"
#include "models/align/sentencesplitter.h"

#include <catch2/catch.hpp>

using namespace bitext;

TEST_CASE("An aligner pairs every unit of both sides exactly once, in order", "[align]")
{
    const QList<AlignUnit> zh {{QStringLiteral("你好。"), {}, {}, {}, 1}};
    const QList<AlignUnit> en {{QStringLiteral("Hello."), {}, {}, {}, 1}};
    const QList<AlignedPair> pairs = LengthAligner::align(zh, en);
    REQUIRE(pairs.size() == 1);
    CHECK(pairs.front().zh == QList<int> {0});
    CHECK(pairs.front().en == QList<int> {0});
    CHECK_FALSE(AlignmentQuality::needsReview(1.0));
}

TEST_CASE("Sentences are split at Chinese and English stops, never inside a number", "[align][sentences]")
{
    CHECK(SentenceSplitter::split(QStringLiteral("增长了 3.5 倍。是吗?是的！"), Side::Zh)
        == QStringList {QStringLiteral("增长了 3.5 倍。"), QStringLiteral("是吗?"), QStringLiteral("是的！")});
    CHECK(SentenceSplitter::split(QStringLiteral("他说：“好。”然后走了……我们没想到。"), Side::Zh)
        == QStringList {QStringLiteral("他说：“好。”"), QStringLiteral("然后走了……"), QStringLiteral("我们没想到。")});
    CHECK(SentenceSplitter::split(QStringLiteral("It grew 3.5 times. Mr. Smith agreed! Did he?"), Side::En)
        == QStringList {
            QStringLiteral("It grew 3.5 times."), QStringLiteral("Mr. Smith agreed!"), QStringLiteral("Did he?")});
    CHECK(SentenceSplitter::split(QStringLiteral("  "), Side::En).isEmpty());
}

TEST_CASE("The character ratio is the median of the library's pairs, the default when there are few", "[align]")
{
    QList<Segment> segments;
    CHECK(CharRatio::estimate(segments) == CharRatio::kDefault);
    for (int i = 0; i < CharRatio::kMinimumPairs; ++i) {
        Segment s;
        s.zh = QString(10, QChar(0x4E2D)); // ten Han characters
        s.en = QString(i == 0 ? 200 : 25, QLatin1Char('a')); // one outlier
        segments.append(s);
    }
    CHECK(CharRatio::estimate(segments) == Approx(0.4));
}

TEST_CASE("An English paragraph left out on one side pairs as 0-1 and is listed for review", "[align]")
{
    // The extra paragraph is long: a short one is as likely a sentence the other side
    // joined (1-2), and that is what lengths make of it.
    QList<AlignUnit> zh, en;
    for (int i = 0; i < 6; ++i) {
        const QString number = QString::number(1990 + i);
        zh.append({number + QString(30 + 7 * i, QChar(0x4E2D)) + QStringLiteral("。"), {}, {}, {}, i});
        en.append({QStringLiteral("In ") + number + QLatin1Char(' ') + QString(100 + 23 * i, QLatin1Char('a'))
                + QStringLiteral("."),
            {}, {}, {}, i});
        if (i == 2)
            en.append({QStringLiteral("This paragraph has no translation at all, it is long enough to stand out.")
                           .repeated(8),
                {}, {}, {}, 99});
    }
    const QList<AlignedPair> pairs = LengthAligner::align(zh, en);
    REQUIRE(pairs.size() == 7);
    CHECK(pairs.at(2).zh == QList<int> {2});
    CHECK(pairs.at(2).en == QList<int> {2});
    CHECK(pairs.at(3).zh.isEmpty());
    CHECK(pairs.at(3).en == QList<int> {3});
    CHECK(AlignmentQuality::needsReview(pairs.at(3).confidence));
    CHECK(pairs.at(6).zh == QList<int> {5});
    CHECK(pairs.at(6).en == QList<int> {6});
}
