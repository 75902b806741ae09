// Repairing the pairing by hand (issue 17): every operation re-splits a run of segments
// in one transaction, annotations follow their text by exact offsets, and undo (restore)
// puts back the same ids and offsets.
#include "models/align/segmentrepair.h"
#include "models/annotate/anchor.h"
#include "models/core/error.h"
#include "models/domain/parseddocument.h"
#include "models/search/librarysearch.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "tests/support/annotatedseeds.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

// Two segments; the first holds two sentences on each side.
qint64 insertPair(Library &library)
{
    ParsedDocument p;
    p.document.title = QStringLiteral("修复对齐");
    p.document.format = QStringLiteral("plain");
    p.document.languages = QStringList {QStringLiteral("zh"), QStringLiteral("en")};
    const QStringList zh {QStringLiteral("第一句话。第二句话。"), QStringLiteral("第三句话。")};
    const QStringList en {
        QStringLiteral("The first sentence. The second sentence."), QStringLiteral("The third sentence.")};
    for (int i = 0; i < zh.size(); ++i) {
        Segment s;
        s.zh = zh.at(i);
        s.en = en.at(i);
        s.startMs = i * 10000;
        s.endMs = i * 10000 + 10000;
        s.confidence = 0.3;
        p.segments << s;
    }
    return library.documents().insert(p);
}

qint64 annotate(Library &library, qint64 documentId, Side side, int row, const QString &quote, int endRow = -1)
{
    const SideText text(library.documents().segments(documentId), side);
    const int at = int(text.text().indexOf(quote, text.position(row, 0)));
    Annotation a = Anchor::createFromPositions(text, documentId, at, at + int(quote.size()));
    if (endRow >= 0)
        REQUIRE(a.endSegmentId == text.segmentIdAt(endRow));
    a.color = QColor(QStringLiteral("#ffe119"));
    return library.annotations().create(a);
}

QStringList texts(Library &library, qint64 documentId, Side side)
{
    QStringList result;
    for (const Segment &s : library.documents().segments(documentId))
        result << s.text(side);
    return result;
}

QList<qint64> ids(Library &library, qint64 documentId)
{
    QList<qint64> result;
    int ordinal = 0;
    for (const Segment &s : library.documents().segments(documentId)) {
        CHECK(s.ordinal == ordinal++);
        result << s.id;
    }
    return result;
}

// An annotation's anchor, for comparing before and after.
QStringList anchor(const Annotation &a)
{
    return {QString::number(a.startSegmentId), QString::number(a.startOffset), QString::number(a.endSegmentId),
        QString::number(a.endOffset), a.quote, a.prefix, a.suffix, a.orphaned ? QStringLiteral("orphaned") : QString()};
}

QList<QStringList> anchors(Library &library, qint64 documentId)
{
    QList<QStringList> result;
    for (const Annotation &a : library.annotations().list(documentId))
        result << anchor(a);
    return result;
}

// The quote of every annotation is still the text at its place.
void checkAnchored(Library &library, qint64 documentId)
{
    const QList<Segment> segments = library.documents().segments(documentId);
    for (const Annotation &a : library.annotations().list(documentId)) {
        CHECK_FALSE(a.orphaned);
        const SideText text(segments, a.side);
        const Anchor::Resolution r = Anchor::resolve(text, a);
        CHECK(r.status == Anchor::Status::AtPosition);
    }
}

int segmentCountListed(Library &library, qint64 documentId)
{
    for (const DocumentSummary &s : library.documents().list()) {
        if (s.document.id == documentId)
            return s.segmentCount;
    }
    return -1;
}

QList<qint64> foundIn(Library &library, const QString &query)
{
    QList<qint64> result;
    for (const SearchResult &r : LibrarySearch(library.database()).search(query)) {
        if (r.source == SearchSource::Segment)
            result << r.segmentId;
    }
    return result;
}

} // namespace

TEST_CASE("Split at the cursor cuts the other side at the nearest sentence; undo and redo restore exactly", "[repair]")
{
    test::TemporaryLibrary library;
    const qint64 doc = insertPair(*library);
    const qint64 second = annotate(*library, doc, Side::Zh, 0, QStringLiteral("第二句"));
    const qint64 secondEn = annotate(*library, doc, Side::En, 0, QStringLiteral("second sentence"));
    const qint64 across = annotate(*library, doc, Side::En, 0, QStringLiteral("second sentence.\nThe third"), 1);
    const QList<qint64> before = ids(*library, doc);
    const QList<QStringList> anchorsBefore = anchors(*library, doc);

    SegmentRepair repair(*library);
    const SegmentRepair::Edit edit = repair.split(before.at(0), Side::Zh, 5); // after 第一句话。
    CHECK(texts(*library, doc, Side::Zh)
        == QStringList {QStringLiteral("第一句话。"), QStringLiteral("第二句话。"), QStringLiteral("第三句话。")});
    CHECK(texts(*library, doc, Side::En)
        == QStringList {QStringLiteral("The first sentence."), QStringLiteral("The second sentence."),
            QStringLiteral("The third sentence.")});
    const QList<qint64> after = ids(*library, doc);
    REQUIRE(after.size() == 3);
    CHECK(after.at(0) == before.at(0));
    CHECK(after.at(2) == before.at(1));
    CHECK(library->documents().segmentCount(doc) == 3);
    CHECK(segmentCountListed(*library, doc) == 3);
    const Segment first = *library->documents().segment(after.at(0));
    const Segment middle = *library->documents().segment(after.at(1));
    CHECK(first.endMs == middle.startMs);
    CHECK(*middle.startMs == 5000);
    CHECK_FALSE(middle.confidence); // a person paired it

    // Annotations moved by offsets, quotes kept, none orphaned.
    const Annotation a = *library->annotations().find(second);
    CHECK(a.startSegmentId == after.at(1));
    CHECK(a.startOffset == 0);
    CHECK(a.quote == QStringLiteral("第二句"));
    const Annotation b = *library->annotations().find(secondEn);
    CHECK(b.startSegmentId == after.at(1));
    CHECK(b.startOffset == 4);
    CHECK(b.quote == QStringLiteral("second sentence"));
    const Annotation c = *library->annotations().find(across);
    CHECK(c.startSegmentId == after.at(1));
    CHECK(c.endSegmentId == after.at(2));
    checkAnchored(*library, doc);
    // The search index follows: the moved text is found in its new segment.
    CHECK(foundIn(*library, QStringLiteral("second")) == QList<qint64> {after.at(1)});
    CHECK(foundIn(*library, QStringLiteral("第二句话")) == QList<qint64> {after.at(1)});

    repair.restore(edit.after, edit.before);
    CHECK(ids(*library, doc) == before);
    CHECK(anchors(*library, doc) == anchorsBefore);
    CHECK(library->documents().segment(before.at(0))->confidence == 0.3);
    CHECK(segmentCountListed(*library, doc) == 2);
    CHECK(foundIn(*library, QStringLiteral("second")) == QList<qint64> {before.at(0)});

    repair.restore(edit.before, edit.after);
    CHECK(ids(*library, doc) == after);
    checkAnchored(*library, doc);
    CHECK(library->annotations().find(second)->startSegmentId == after.at(1));
}

TEST_CASE("Merge joins the sides (English with a space) and keeps annotations across the joint", "[repair]")
{
    test::TemporaryLibrary library;
    const qint64 doc = insertPair(*library);
    const qint64 across = annotate(*library, doc, Side::En, 0, QStringLiteral("second sentence.\nThe third"), 1);
    const qint64 third = annotate(*library, doc, Side::Zh, 1, QStringLiteral("第三"));
    const QList<qint64> before = ids(*library, doc);
    const QList<QStringList> anchorsBefore = anchors(*library, doc);

    SegmentRepair repair(*library);
    const SegmentRepair::Edit edit = repair.mergeWithNext(before.at(0));
    CHECK(ids(*library, doc) == QList<qint64> {before.at(0)});
    CHECK(texts(*library, doc, Side::Zh) == QStringList {QStringLiteral("第一句话。第二句话。第三句话。")});
    CHECK(texts(*library, doc, Side::En)
        == QStringList {QStringLiteral("The first sentence. The second sentence. The third sentence.")});
    const Annotation a = *library->annotations().find(across);
    CHECK(a.startSegmentId == before.at(0));
    CHECK(a.endSegmentId == before.at(0));
    CHECK(a.quote == QStringLiteral("second sentence. The third"));
    const Annotation b = *library->annotations().find(third);
    CHECK(b.startOffset == 10);
    CHECK(b.quote == QStringLiteral("第三"));
    checkAnchored(*library, doc);
    CHECK(segmentCountListed(*library, doc) == 1);
    CHECK(foundIn(*library, QStringLiteral("third")) == QList<qint64> {before.at(0)});
    const Segment merged = *library->documents().segment(before.at(0));
    CHECK(*merged.startMs == 0);
    CHECK(*merged.endMs == 20000);

    repair.restore(edit.after, edit.before);
    CHECK(ids(*library, doc) == before);
    CHECK(anchors(*library, doc) == anchorsBefore);
    CHECK(foundIn(*library, QStringLiteral("third")) == QList<qint64> {before.at(1)});
    CHECK_THROWS_AS(repair.mergeWithNext(before.at(1)), Error); // the last segment has no next
}

TEST_CASE("A sentence moves to the neighbouring segment on one side only", "[repair]")
{
    test::TemporaryLibrary library;
    const qint64 doc = insertPair(*library);
    const qint64 second = annotate(*library, doc, Side::En, 0, QStringLiteral("second"));
    const QList<qint64> before = ids(*library, doc);
    const QList<QStringList> anchorsBefore = anchors(*library, doc);
    SegmentRepair repair(*library);

    const SegmentRepair::Edit toNext = repair.moveLastSentenceToNext(before.at(0), Side::En);
    CHECK(ids(*library, doc) == before);
    CHECK(texts(*library, doc, Side::En)
        == QStringList {
            QStringLiteral("The first sentence."), QStringLiteral("The second sentence. The third sentence.")});
    CHECK(texts(*library, doc, Side::Zh)
        == QStringList {QStringLiteral("第一句话。第二句话。"), QStringLiteral("第三句话。")});
    const Annotation moved = *library->annotations().find(second);
    CHECK(moved.startSegmentId == before.at(1));
    CHECK(moved.startOffset == 4);
    checkAnchored(*library, doc);

    // And back with the other operation: the text is as it was.
    repair.moveFirstSentenceToPrevious(before.at(1), Side::En);
    CHECK(texts(*library, doc, Side::En)
        == QStringList {
            QStringLiteral("The first sentence. The second sentence."), QStringLiteral("The third sentence.")});
    CHECK(library->annotations().find(second)->startSegmentId == before.at(0));
    checkAnchored(*library, doc);

    // Undo of the first move needs the run as it was after it.
    repair.moveLastSentenceToNext(before.at(0), Side::En);
    repair.restore(toNext.after, toNext.before);
    CHECK(anchors(*library, doc) == anchorsBefore);
    CHECK_THROWS_AS(repair.moveFirstSentenceToPrevious(before.at(0), Side::En), Error); // no previous
}

TEST_CASE("Split refuses the very start and end; a stale run is refused", "[repair]")
{
    test::TemporaryLibrary library;
    const qint64 doc = insertPair(*library);
    const QList<qint64> before = ids(*library, doc);
    const Segment s = *library->documents().segment(before.at(0));
    CHECK_FALSE(SegmentRepair::canSplit(s, Side::Zh, 0));
    CHECK_FALSE(SegmentRepair::canSplit(s, Side::Zh, 10));
    CHECK(SegmentRepair::canSplit(s, Side::Zh, 3));
    SegmentRepair repair(*library);
    CHECK_THROWS_AS(repair.split(before.at(0), Side::Zh, 0), Error);
    const SegmentRepair::Edit edit = repair.split(before.at(0), Side::En, 20);
    // Undone once, the same undo again finds a different run and changes nothing.
    repair.restore(edit.after, edit.before);
    CHECK_THROWS_AS(repair.restore(edit.after, edit.before), Error);
    CHECK(ids(*library, doc) == before);
}

TEST_CASE("Untranslated marks and accepted pairings are stored and put back", "[repair]")
{
    test::TemporaryLibrary library;
    ParsedDocument p;
    p.document.title = QStringLiteral("单边");
    p.document.format = QStringLiteral("plain");
    Segment one;
    one.zh = QStringLiteral("只有中文。");
    one.confidence = 0.2;
    Segment two;
    two.zh = QStringLiteral("两边都有。");
    two.en = QStringLiteral("Both sides.");
    two.confidence = 0.4;
    p.segments = {one, two};
    const qint64 doc = library->documents().insert(p);
    const QList<qint64> segmentIds = ids(*library, doc);
    SegmentRepair repair(*library);
    const Segment first = *library->documents().segment(segmentIds.at(0));
    CHECK(SegmentRepair::canMarkUntranslated(first));
    CHECK_FALSE(SegmentRepair::canMarkUntranslated(*library->documents().segment(segmentIds.at(1))));
    CHECK(SegmentRepair::needsReview(first));

    const QList<Segment> marked = repair.setUntranslated({segmentIds.at(0)}, true);
    library.reopen();
    SegmentRepair reopened(*library);
    CHECK(library->documents().segment(segmentIds.at(0))->untranslated);
    CHECK_FALSE(library->documents().segment(segmentIds.at(0))->confidence);
    reopened.restoreMarks(marked);
    CHECK_FALSE(library->documents().segment(segmentIds.at(0))->untranslated);
    CHECK(library->documents().segment(segmentIds.at(0))->confidence == 0.2);

    const QList<Segment> accepted = reopened.accept({segmentIds.at(1)});
    CHECK_FALSE(library->documents().segment(segmentIds.at(1))->confidence);
    CHECK_FALSE(SegmentRepair::needsReview(*library->documents().segment(segmentIds.at(1))));
    reopened.restoreMarks(accepted);
    CHECK(library->documents().segment(segmentIds.at(1))->confidence == 0.4);
}

namespace {

QStringList fields(const Segment &s)
{
    return {QString::number(s.id), QString::number(s.ordinal), QString::number(s.sectionOrdinal),
        QString::number(s.speakerId), s.zh, s.en, s.zhOriginal, s.enOriginal,
        s.startMs ? QString::number(*s.startMs) : QString(), s.endMs ? QString::number(*s.endMs) : QString(),
        QString::number(s.sourceLine), s.confidence ? QString::number(*s.confidence) : QString(),
        s.untranslated ? QStringLiteral("untranslated") : QString()};
}

QList<QStringList> allFields(Library &library, qint64 documentId)
{
    QList<QStringList> result;
    for (const Segment &s : library.documents().segments(documentId))
        result << fields(s);
    return result;
}

} // namespace

TEST_CASE("On a real interview every split and merge keeps the highlights and undoes exactly", "[repair][seeds]")
{
    test::AnnotatedSeeds seeds;
    Library &library = *seeds.lib;
    const qint64 doc = seeds.interview;
    const QList<QStringList> segmentsBefore = allFields(library, doc);
    const QList<QStringList> anchorsBefore = anchors(library, doc);
    REQUIRE(anchorsBefore.size() == 3);
    SegmentRepair repair(library);
    for (int row = 0; row < 14; ++row) {
        INFO("row " << row);
        const Segment s = library.documents().segments(doc).at(row);
        const int middle = SideText::codePointCount(s.zh) / 2;
        if (SegmentRepair::canSplit(s, Side::Zh, middle)) {
            const SegmentRepair::Edit split = repair.split(s.id, Side::Zh, middle);
            checkAnchored(library, doc);
            CHECK(library.documents().segmentCount(doc) == segmentsBefore.size() + 1);
            repair.restore(split.after, split.before);
            CHECK(allFields(library, doc) == segmentsBefore);
            CHECK(anchors(library, doc) == anchorsBefore);
        }
        const SegmentRepair::Edit merge = repair.mergeWithNext(s.id);
        checkAnchored(library, doc);
        repair.restore(merge.after, merge.before);
        CHECK(allFields(library, doc) == segmentsBefore);
        CHECK(anchors(library, doc) == anchorsBefore);
    }
}
