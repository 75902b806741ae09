#include "models/analysis/autocoder.h"
#include "models/annotate/anchor.h"
#include "models/core/preferences.h"
#include "models/search/searchresult.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"
#include "tests/support/codedtext.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

const QString kZh = QStringLiteral("我们研究对齐，对齐很重要"); // 对齐 at 4 and at 7
const QString kEn = QStringLiteral("We study alignment; alignment matters"); // alignment at 9 and at 20

} // namespace

TEST_CASE(
    "Auto-coding makes the highlights the reader would, in both scripts and several documents", "[analysis][autocode]")
{
    test::TemporaryLibrary lib;
    const qint64 first = test::addTextDocument(*lib, QStringLiteral("First"), {{kZh, kEn}});
    const qint64 second = test::addTextDocument(*lib, QStringLiteral("Second"), {{QStringLiteral("對齊"), QString()}});
    const qint64 tag = lib->tags().ensurePath(QStringLiteral("Alignment"));
    const qint64 firstSegment = lib->documents().segments(first).first().id;
    const qint64 secondSegment = lib->documents().segments(second).first().id;

    const AutoCodePlan plan
        = AutoCoder(*lib).plan({{first, firstSegment, Side::Zh, 4, 2}, {first, firstSegment, Side::En, 9, 9},
                                   {second, secondSegment, Side::Zh, 0, 2}},
            tag);
    REQUIRE(plan.create.size() == 3);
    CHECK(plan.coded() == 3);
    CHECK(plan.alreadyCoded == 0);

    // Quote, prefix and suffix as Anchor makes them for a selection in the reader.
    const SideText zh(lib->documents().segments(first), Side::Zh);
    const Annotation expected = Anchor::create(zh, first, {0, 4}, {0, 6});
    const Annotation &a = plan.create.at(0);
    CHECK(a.quote == QStringLiteral("对齐"));
    CHECK(a.prefix == QStringLiteral("我们研究"));
    CHECK(a.suffix == QStringLiteral("，对齐很重要"));
    CHECK(a.prefix == expected.prefix);
    CHECK(a.startSegmentId == firstSegment);
    CHECK(a.startOffset == 4);
    CHECK(a.endOffset == 6);
    CHECK(a.tagIds == QList<qint64> {tag});
    CHECK(a.author == Preferences::authorName());
    CHECK(a.color == lib->tags().find(tag)->color);
    CHECK(plan.create.at(1).quote == QStringLiteral("alignment"));
    CHECK(plan.create.at(1).side == Side::En);
    CHECK(plan.create.at(1).prefix == QStringLiteral("We study "));
    CHECK(plan.create.at(2).documentId == second);
    CHECK(plan.create.at(2).quote == QStringLiteral("對齊"));
}

TEST_CASE("Auto-coding skips what already has the tag, repeats and stale targets", "[analysis][autocode]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = test::addTextDocument(*lib, QStringLiteral("First"), {{kZh, kEn}});
    const qint64 tag = lib->tags().ensurePath(QStringLiteral("Alignment"));
    const qint64 other = lib->tags().ensurePath(QStringLiteral("Other"));
    const qint64 segment = lib->documents().segments(doc).first().id;
    // 研究对齐 (2–6) has the tag: the first 对齐 (4–6) is inside it. The second 对齐 (7–9)
    // is inside a highlight with another tag only: it is coded. "alignment" at 9 is
    // highlighted exactly, untagged: that highlight gets the tag.
    test::codeRange(*lib, doc, Side::Zh, QStringLiteral("Ana"), {tag}, 0, 2, 0, 6);
    test::codeRange(*lib, doc, Side::Zh, QStringLiteral("Ana"), {other}, 0, 6, 0, 12);
    const qint64 exact = test::codeRange(*lib, doc, Side::En, QStringLiteral("Ana"), {other}, 0, 9, 0, 18);

    const AutoCodePlan plan
        = AutoCoder(*lib).plan({{doc, segment, Side::Zh, 4, 2}, {doc, segment, Side::Zh, 7, 2},
                                   {doc, segment, Side::Zh, 7, 2}, // the same again
                                   {doc, segment, Side::En, 9, 9}, // highlighted already, without the tag
                                   {doc, segment, Side::Zh, 4, 3}, // 对齐，: only partly inside 研究对齐, so coded
                                   {doc, segment, Side::Zh, 11, 5}, // past the end of the text
                                   {doc, segment + 1000, Side::Zh, 0, 1}},
            tag);
    CHECK(plan.alreadyCoded == 1);
    CHECK(plan.repeated == 1);
    CHECK(plan.invalid == 2);
    REQUIRE(plan.create.size() == 2);
    CHECK(plan.create.at(0).startOffset == 7);
    CHECK(plan.create.at(1).quote == QStringLiteral("对齐，"));
    REQUIRE(plan.retag.size() == 1);
    CHECK(plan.retag.first().id == exact);
    CHECK(plan.coded() == 3);

    CHECK_THROWS(AutoCoder(*lib).plan({{doc, segment, Side::Zh, 4, 2}}, tag + other + 1000));
}

TEST_CASE("A search result gives the first hit of its segment side, in code points", "[analysis][autocode]")
{
    SearchResult inSegment;
    inSegment.documentId = 1;
    inSegment.segmentId = 7;
    inSegment.side = Side::Zh;
    inSegment.text = QStringLiteral("𠮷野家对齐对齐"); // 𠮷 is two UTF-16 units
    inSegment.hits = {{4, 2}, {6, 2}};
    SearchResult title;
    title.source = SearchSource::Title;
    title.documentId = 2;
    title.hits = {{0, 2}};
    SearchResult quote = inSegment;
    quote.source = SearchSource::Annotation;
    const QList<CodingTarget> targets = AutoCoder::targetsOf({title, inSegment, quote});
    REQUIRE(targets.size() == 1);
    CHECK(targets.first().documentId == 1);
    CHECK(targets.first().segmentId == 7);
    CHECK(targets.first().side == Side::Zh);
    CHECK(targets.first().start == 3);
    CHECK(targets.first().length == 2);
}
