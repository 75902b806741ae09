#include "models/import/importservice.h"
#include "models/annotate/anchor.h"
#include "models/annotate/sidetext.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace bitext;

namespace {

void writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

Annotation annotate(Library &lib, qint64 documentId, int ordinal, Side side, int start, int end, const QString &prefix = {},
                    const QString &suffix = {})
{
    const Segment s = lib.documents().segments(documentId).at(ordinal);
    Annotation a;
    a.documentId = documentId;
    a.side = side;
    a.startSegmentId = s.id;
    a.endSegmentId = s.id;
    a.startOffset = start;
    a.endOffset = end;
    a.quote = s.text(side).mid(start, end - start);
    a.prefix = prefix;
    a.suffix = suffix;
    a.id = lib.annotations().create(a);
    return a;
}

} // namespace

TEST_CASE("re-anchoring after a re-import: old position, quote with context, orphans", "[import][reanchor]")
{
    // The new version's segments have new ids; annotations remember the old ordinals.
    QList<Segment> segments;
    const QStringList texts{QStringLiteral("新的第一段。"), QStringLiteral("对齐是过程，对齐很难。"),
                            QStringLiteral("😀 emoji 对齐")};
    for (int i = 0; i < texts.size(); ++i) {
        Segment s;
        s.id = 100 + i;
        s.ordinal = i;
        s.zh = texts.at(i);
        segments << s;
    }
    const SideText text(segments, Side::Zh);
    const auto old = [](int startRow, int startOffset, int endRow, int endOffset, const QString &quote,
                        const QString &prefix = {}, const QString &suffix = {}) {
        Annotation a;
        a.side = Side::Zh;
        a.startSegmentId = 1; // a segment of the old version, gone now
        a.endSegmentId = 1;
        a.startSegmentOrdinal = startRow;
        a.startOffset = startOffset;
        a.endSegmentOrdinal = endRow;
        a.endOffset = endOffset;
        a.quote = quote;
        a.prefix = prefix;
        a.suffix = suffix;
        return a;
    };
    // Same place, same text.
    auto r = Anchor::resolve(text, old(1, 0, 1, 2, QStringLiteral("对齐")));
    CHECK(r.status == Anchor::Status::AtPosition);
    CHECK(r.startSegmentId == 101);
    // Moved: found by quote, the context choosing among three matches.
    r = Anchor::resolve(text, old(0, 0, 0, 2, QStringLiteral("对齐"), QStringLiteral("过程，"), QStringLiteral("很难")));
    REQUIRE(r.status == Anchor::Status::ByQuote);
    CHECK(r.start.row == 1);
    CHECK(r.start.offset == 6);
    CHECK(r.end.offset == 8);
    // Offsets count code points: the emoji is one.
    r = Anchor::resolve(text, old(0, 0, 0, 1, QStringLiteral("emoji 对齐")));
    REQUIRE(r.status == Anchor::Status::ByQuote);
    CHECK(r.start.row == 2);
    CHECK(r.start.offset == 2);
    CHECK(r.end.offset == 10);
    // Ambiguous without context, and missing: orphaned.
    CHECK(Anchor::resolve(text, old(0, 0, 0, 1, QStringLiteral("对齐"))).status == Anchor::Status::Orphaned);
    CHECK(Anchor::resolve(text, old(0, 0, 0, 1, QStringLiteral("不存在"))).status == Anchor::Status::Orphaned);
    // A quote across two segments.
    r = Anchor::resolve(text, old(0, 0, 0, 1, QStringLiteral("段。\n对齐是")));
    REQUIRE(r.status == Anchor::Status::ByQuote);
    CHECK(r.start.row == 0);
    CHECK(r.end.row == 1);
    CHECK(r.end.offset == 3);
}

TEST_CASE("re-import: changed version reported, --replace keeps annotations", "[import][reanchor]")
{
    test::TemporaryLibrary lib;
    const QString path = lib.dir() + QStringLiteral("/talk.md");
    writeFile(path, QStringLiteral("**Host:** 欢迎来到节目。\n**Host:** Welcome to the show.\n"
                                   "**Guest:** 对齐是一个过程。\n**Guest:** Alignment is a process.\n"
                                   "**Host:** 谢谢。\n**Host:** Thanks.\n"));
    ImportService service(*lib);
    const ImportResult first = service.importFile(path, {});
    REQUIRE(first.status == ImportResult::Status::Imported);
    const qint64 id = first.documentId;

    const Annotation same = annotate(*lib, id, 1, Side::Zh, 0, 2);                    // 对齐: stays
    const Annotation moved = annotate(*lib, id, 1, Side::En, 15, 22);                 // process: moves
    const Annotation gone = annotate(*lib, id, 2, Side::Zh, 0, 2);                    // 谢谢: removed
    const Annotation ambiguous = annotate(*lib, id, 0, Side::Zh, 4, 6);               // 节目: three times

    // An edit: a new first turn, "process" rephrased around, the thanks gone, 节目 thrice.
    writeFile(path, QStringLiteral("**Host:** 节目，节目。\n**Host:** Hello again.\n"
                                   "**Host:** 欢迎来到节目。\n**Host:** Welcome to the show.\n"
                                   "**Guest:** 对齐是一个过程。\n**Guest:** Alignment is really a process.\n"
                                   "**Host:** 再见。\n**Host:** Bye.\n"));
    const ImportResult changed = service.importFile(path, {});
    CHECK(changed.status == ImportResult::Status::ChangedVersionExists);
    CHECK(changed.documentId == id);
    CHECK(lib->documents().segmentCount(id) == 3);

    ImportService::Options replace;
    replace.replace = true;
    const ImportResult replaced = service.importFile(path, replace);
    INFO(replaced.message.toStdString());
    REQUIRE(replaced.status == ImportResult::Status::Replaced);
    CHECK(replaced.documentId == id);
    CHECK(lib->documents().segmentCount(id) == 4);
    CHECK(lib->documents().list().size() == 1);
    const QList<Segment> segments = lib->documents().segments(id);

    const auto s = lib->annotations().find(same.id);
    REQUIRE(s);
    CHECK_FALSE(s->orphaned);
    // "对齐" is now in segment 2, not at its old ordinal 1: found by its quote.
    CHECK(s->startSegmentId == segments.at(2).id);
    CHECK(s->startOffset == 0);
    CHECK(s->endOffset == 2);

    const auto m = lib->annotations().find(moved.id);
    REQUIRE(m);
    CHECK_FALSE(m->orphaned);
    CHECK(m->startSegmentId == segments.at(2).id);
    CHECK(m->startOffset == 22);
    CHECK(m->endOffset == 29);
    CHECK(segments.at(2).en.mid(m->startOffset, m->endOffset - m->startOffset) == QStringLiteral("process"));

    const auto g = lib->annotations().find(gone.id);
    REQUIRE(g);
    CHECK(g->orphaned);
    CHECK(g->quote == QStringLiteral("谢谢"));

    const auto a = lib->annotations().find(ambiguous.id);
    REQUIRE(a);
    CHECK(a->orphaned);
    CHECK(replaced.reanchored == 2);
    CHECK(replaced.orphaned == 2);
    CHECK(lib->annotations().list(id).size() == 4);
}

TEST_CASE("re-import with --replace refreshes the front matter kept as metadata", "[import][reanchor]")
{
    test::TemporaryLibrary lib;
    const QString path = lib.dir() + QStringLiteral("/article.md");
    writeFile(path, QStringLiteral("---\ntitle: 对齐\nvenue: 第一版\n---\n\n# 对齐\n\n对齐是一个过程。\n"));
    ImportService service(*lib);
    const ImportResult first = service.importFile(path, {});
    REQUIRE(first.status == ImportResult::Status::Imported);
    CHECK(lib->documents().find(first.documentId)->metadata.value(QStringLiteral("venue")).toString()
          == QStringLiteral("第一版"));

    writeFile(path, QStringLiteral("---\ntitle: 对齐\nvenue: 第二版\n---\n\n# 对齐\n\n对齐是一个新的过程。\n"));
    ImportService::Options replace;
    replace.replace = true;
    REQUIRE(service.importFile(path, replace).status == ImportResult::Status::Replaced);
    CHECK(lib->documents().find(first.documentId)->metadata.value(QStringLiteral("venue")).toString()
          == QStringLiteral("第二版"));
}
