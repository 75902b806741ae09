#include "models/annotate/anchor.h"
#include "models/annotate/sidetext.h"
#include "models/core/error.h"

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

QList<Segment> segments(const QStringList &zh, qint64 firstId = 10)
{
    QList<Segment> result;
    for (int i = 0; i < zh.size(); ++i) {
        Segment s;
        s.id = firstId + i;
        s.ordinal = i;
        s.zh = zh.at(i);
        s.en = QStringLiteral("English %1").arg(i);
        result << s;
    }
    return result;
}

// U+20BB7 𠮷 (outside the BMP: two UTF-16 units) and an emoji.
const QString kRare = QString::fromUtf8("\xF0\xA0\xAE\xB7");
const QString kEmoji = QString::fromUtf8("\xF0\x9F\x98\x80");

} // namespace

TEST_CASE("code-point offsets count a surrogate pair as one", "[anchor]")
{
    const QString text = QStringLiteral("a") + kRare + QStringLiteral("b") + kEmoji + QStringLiteral("c");
    CHECK(text.size() == 7);
    CHECK(SideText::codePointCount(text) == 5);
    CHECK(SideText::utf16Index(text, 2) == 3);
    CHECK(SideText::utf16Index(text, 4) == 6);
    CHECK(SideText::utf16Index(text, 5) == 7);
    CHECK(SideText::utf16Index(text, 6) == -1);
    CHECK(SideText::codePointIndex(text, 6) == 4);
}

TEST_CASE("creating an annotation stores code-point offsets, the quote and 32 code points of context", "[anchor]")
{
    const QString first = QStringLiteral("前言") + kRare + QStringLiteral("我们讨论对齐问题和可扩展监督");
    const QList<Segment> segs = segments({first, QStringLiteral("第二段很短")});
    const SideText text(segs, Side::Zh);

    // "对齐问题" starts after 前言𠮷我们讨论 = 7 code points.
    const Annotation a = Anchor::create(text, 1, {0, 7}, {0, 11});
    CHECK(a.quote == QStringLiteral("对齐问题"));
    CHECK(a.startSegmentId == 10);
    CHECK(a.endSegmentId == 10);
    CHECK(a.startOffset == 7);
    CHECK(a.endOffset == 11);
    CHECK(a.prefix == QStringLiteral("前言") + kRare + QStringLiteral("我们讨论"));
    CHECK(a.suffix == QStringLiteral("和可扩展监督\n第二段很短"));
    CHECK(a.side == Side::Zh);

    // Across segments: the quote holds the separator, offsets are per segment.
    const Annotation across = Anchor::create(text, 1, {0, 13}, {1, 3});
    CHECK(across.quote == QStringLiteral("扩展监督\n第二段"));
    CHECK(across.startSegmentId == 10);
    CHECK(across.endSegmentId == 11);
    CHECK(across.endOffset == 3);

    // Context never splits a surrogate pair and stops at 32 code points.
    QString longText;
    for (int i = 0; i < 40; ++i)
        longText += kEmoji;
    longText += QStringLiteral("X");
    const SideText emojis(segments({longText}), Side::Zh);
    const Annotation x = Anchor::create(emojis, 1, {0, 40}, {0, 41});
    CHECK(x.quote == QStringLiteral("X"));
    CHECK(SideText::codePointCount(x.prefix) == 32);
    CHECK(x.prefix.size() == 64);

    CHECK_THROWS_AS(Anchor::create(text, 1, {0, 5}, {0, 5}), Error);
    CHECK_THROWS_AS(Anchor::create(text, 1, {0, 5}, {3, 1}), Error);
    CHECK_THROWS_AS(Anchor::create(text, 1, {0, 2}, {0, 99}), Error);
}

TEST_CASE("UTF-16 positions from a text cursor become the same annotation", "[anchor]")
{
    const SideText text(segments({QStringLiteral("a") + kEmoji + QStringLiteral("bc"), QStringLiteral("de")}), Side::Zh);
    // text(): a 😀 b c \n d e -> "bc\nd" is UTF-16 [3, 7)
    const Annotation a = Anchor::createFromPositions(text, 1, 3, 7);
    CHECK(a.quote == QStringLiteral("bc\nd"));
    CHECK(a.startOffset == 2);
    CHECK(a.endSegmentId == 11);
    CHECK(a.endOffset == 1);
    const auto range = Anchor::rangeInRow(text, a, 0);
    CHECK(range.first == 3);
    CHECK(range.second == 5);
    CHECK(Anchor::rangeInRow(text, a, 1) == qMakePair(0, 1));
}

TEST_CASE("resolving finds annotations by position, by quote and context, or orphans them", "[anchor]")
{
    const QList<Segment> before = segments({QStringLiteral("我们认为对齐很重要。"), QStringLiteral("所以对齐需要研究。")});
    const SideText oldText(before, Side::Zh);
    const Annotation second = Anchor::create(oldText, 1, {1, 2}, {1, 4}); // 对齐 in row 1
    CHECK(second.quote == QStringLiteral("对齐"));
    CHECK(Anchor::resolve(oldText, second).status == Anchor::Status::AtPosition);

    SECTION("text edited before the quote: found by context, offsets move")
    {
        const SideText edited(segments({QStringLiteral("我们认为对齐很重要。"), QStringLiteral("因此，所以对齐需要研究。")}), Side::Zh);
        const auto r = Anchor::resolve(edited, second);
        CHECK(r.status == Anchor::Status::ByQuote);
        CHECK(r.start.row == 1);
        CHECK(r.start.offset == 5);
        const Annotation moved = Anchor::reanchored(edited, second, r);
        CHECK(moved.startOffset == 5);
        CHECK(moved.quote == second.quote);
        CHECK_FALSE(moved.orphaned);
    }
    SECTION("re-imported with new segment ids: context picks the right one of two occurrences")
    {
        const SideText reimported(segments({QStringLiteral("前言。"), QStringLiteral("我们认为对齐很重要。"),
                                            QStringLiteral("所以对齐需要研究。")},
                                           100),
                                  Side::Zh);
        const auto r = Anchor::resolve(reimported, second);
        REQUIRE(r.status == Anchor::Status::ByQuote);
        CHECK(r.startSegmentId == 102);
        CHECK(r.start.offset == 2);
    }
    SECTION("quote gone: orphaned, never misplaced")
    {
        const SideText gone(segments({QStringLiteral("完全不同的文字。")}, 100), Side::Zh);
        const auto r = Anchor::resolve(gone, second);
        CHECK(r.status == Anchor::Status::Orphaned);
        const Annotation orphan = Anchor::reanchored(gone, second, r);
        CHECK(orphan.orphaned);
        CHECK(orphan.quote == second.quote);
        CHECK(Anchor::rangeInRow(gone, orphan, 0) == QPair<int, int>());
    }
    SECTION("two equally good places and no hint: orphaned")
    {
        Annotation bare = second;
        bare.prefix.clear();
        bare.suffix.clear();
        bare.startSegmentId = bare.endSegmentId = 999;
        const SideText twice(segments({QStringLiteral("对齐"), QStringLiteral("对齐")}, 100), Side::Zh);
        CHECK(Anchor::resolve(twice, bare).status == Anchor::Status::Orphaned);
        const auto hinted = Anchor::resolve(twice, bare, 1);
        CHECK(hinted.status == Anchor::Status::ByQuote);
        CHECK(hinted.start.row == 1);
    }
}

#include "models/annotate/highlightindex.h"

TEST_CASE("HighlightIndex gives each row its highlighted ranges for painting", "[anchor]")
{
    QList<Segment> segs = segments({QStringLiteral("a") + kEmoji + QStringLiteral("bc"), QStringLiteral("de"), QStringLiteral("fg")});
    const SideText zh(segs, Side::Zh);
    Annotation across = Anchor::createFromPositions(zh, 1, 3, 7); // "bc\nd"
    across.id = 1;
    across.color = QColor(Qt::yellow);
    Annotation inner = Anchor::create(zh, 1, {0, 2}, {0, 3}); // "b"
    inner.id = 2;
    Annotation orphan = inner;
    orphan.id = 3;
    orphan.orphaned = true;
    const SideText en(segs, Side::En);
    Annotation english = Anchor::create(en, 1, {2, 0}, {2, 7}); // "English" of row 2
    english.id = 4;

    const HighlightIndex index(segs, {across, inner, orphan, english});
    const auto row0 = index.spans(0, Side::Zh);
    REQUIRE(row0.size() == 2);
    CHECK(row0.at(0).annotationId == 1);
    CHECK(row0.at(0).start == 3);
    CHECK(row0.at(0).end == 5);
    CHECK(row0.at(0).color == QColor(Qt::yellow));
    CHECK(index.annotationAt(0, Side::Zh, 3) == 2); // the inner one wins
    CHECK(index.annotationAt(0, Side::Zh, 4) == 1);
    CHECK(index.annotationAt(0, Side::Zh, 0) == 0);
    CHECK(index.spans(1, Side::Zh).size() == 1);
    CHECK(index.spans(1, Side::Zh).first().end == 1);
    CHECK_FALSE(index.hasHighlight(2, Side::Zh));
    CHECK(index.hasHighlight(2, Side::En));
    CHECK(index.rows(1) == qMakePair(0, 1));
    CHECK(index.rows(3) == qMakePair(-1, -1));
}

TEST_CASE("HighlightIndex re-places a few annotations as a fresh index would", "[anchor]")
{
    QList<Segment> segs = segments({QStringLiteral("abcdef"), QStringLiteral("ghijkl"), QStringLiteral("mnopqr")});
    const SideText zh(segs, Side::Zh);
    const auto make = [&](qint64 id, int from, int to, Qt::GlobalColor color) {
        Annotation a = Anchor::createFromPositions(zh, 1, from, to);
        a.id = id;
        a.color = QColor(color);
        return a;
    };
    const Annotation wide = make(1, 0, 10, Qt::yellow); // "abcdef", "ghi"
    const Annotation inner = make(2, 1, 3, Qt::green); // "bc"
    const Annotation later = make(3, 14, 16, Qt::cyan); // "mn"
    HighlightIndex index(segs, {wide, inner, later});

    // Another client moved "bc" to "jk", removed "mn" and added "de" (red).
    const Annotation moved = make(2, 10, 12, Qt::green);
    const Annotation added = make(4, 3, 5, Qt::red);
    index.update(segs, {moved, added}, {3});
    const HighlightIndex fresh(segs, {wide, moved, added});

    for (int row = 0; row < 3; ++row) {
        const QList<HighlightIndex::Span> got = index.spans(row, Side::Zh);
        const QList<HighlightIndex::Span> want = fresh.spans(row, Side::Zh);
        REQUIRE(got.size() == want.size());
        for (int i = 0; i < got.size(); ++i) {
            CHECK(got.at(i).annotationId == want.at(i).annotationId);
            CHECK(got.at(i).start == want.at(i).start);
            CHECK(got.at(i).end == want.at(i).end);
            CHECK(got.at(i).color == want.at(i).color);
        }
    }
    CHECK(index.rows(2) == qMakePair(1, 1));
    CHECK(index.rows(3) == qMakePair(-1, -1));
    CHECK(index.annotationAt(0, Side::Zh, 3) == 4); // the added one lies inside the wide one
    CHECK(index.annotationAt(2, Side::Zh, 0) == 0);
}

TEST_CASE("A reader selection in row-local UTF-16 indexes becomes an annotation", "[anchor]")
{
    const SideText text(segments({QStringLiteral("a") + kEmoji + QStringLiteral("bc"), QStringLiteral("de")}), Side::Zh);
    const Annotation a = Anchor::createFromRows(text, 7, 0, 3, 1, 1);
    CHECK(a.quote == QStringLiteral("bc\nd"));
    CHECK(a.documentId == 7);
    CHECK(a.startOffset == 2);
    CHECK(a.endOffset == 1);
    CHECK_THROWS_AS(Anchor::createFromRows(text, 7, 0, 0, 1, 9), Error);
    CHECK_THROWS_AS(Anchor::createFromRows(text, 7, 5, 0, 5, 1), Error);
}
