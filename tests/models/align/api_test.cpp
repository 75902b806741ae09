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
