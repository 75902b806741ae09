#include "models/import/importservice.h"
#include "models/import/reanchorer.h"
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

TEST_CASE("Reanchorer: offsets, quote search with context, orphans", "[import][reanchor]")
{
    const Reanchorer r(QStringList{QStringLiteral("新的第一段。"), QStringLiteral("对齐是过程，对齐很难。"),
                                   QStringLiteral("😀 emoji 对齐")});
    // Same place, same text.
    auto p = r.place({1, 0, 1, 2}, QStringLiteral("对齐"), {}, {});
    CHECK(p.method == Reanchorer::Method::Offsets);
    // Moved: found by quote, the context choosing among three matches.
    p = r.place({0, 0, 0, 2}, QStringLiteral("对齐"), QStringLiteral("过程，"), QStringLiteral("很难"));
    REQUIRE(p.method == Reanchorer::Method::Quote);
    CHECK(p.anchor.startSegment == 1);
    CHECK(p.anchor.startOffset == 6);
    CHECK(p.anchor.endOffset == 8);
    // Offsets count code points: the emoji is one.
    p = r.place({0, 0, 0, 1}, QStringLiteral("emoji 对齐"), {}, {});
    REQUIRE(p.method == Reanchorer::Method::Quote);
    CHECK(p.anchor.startSegment == 2);
    CHECK(p.anchor.startOffset == 2);
    CHECK(p.anchor.endOffset == 10);
    // Ambiguous without context, and missing: orphaned.
    CHECK(r.place({0, 0, 0, 1}, QStringLiteral("对齐"), {}, {}).method == Reanchorer::Method::Orphaned);
    CHECK(r.place({0, 0, 0, 1}, QStringLiteral("不存在"), {}, {}).method == Reanchorer::Method::Orphaned);
    // A quote across two segments.
    p = r.place({0, 0, 0, 1}, QStringLiteral("段。\n对齐是"), {}, {});
    REQUIRE(p.method == Reanchorer::Method::Quote);
    CHECK(p.anchor.startSegment == 0);
    CHECK(p.anchor.endSegment == 1);
    CHECK(p.anchor.endOffset == 3);
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
