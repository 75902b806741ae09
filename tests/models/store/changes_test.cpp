#include "models/core/error.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

using namespace bitext;
using bitext::test::TemporaryLibrary;

namespace {

ParsedDocument twoTurns()
{
    ParsedDocument p;
    p.document.title = QStringLiteral("对谈 Dialogue");
    p.document.format = QStringLiteral("speaker-turns");
    for (int i = 0; i < 2; ++i) {
        Segment s;
        s.speaker = i ? QStringLiteral("Guest") : QStringLiteral("Host");
        s.zh = QStringLiteral("第%1句").arg(i);
        s.en = QStringLiteral("Sentence %1").arg(i);
        p.segments << s;
    }
    return p;
}

// Every batch Library::changed announced, with whether it came from elsewhere.
struct Heard
{
    explicit Heard(Library &library)
    {
        QObject::connect(&library, &Library::changed, &library, [this](const ChangeList &changes, bool remote) {
            batches << changes;
            remotes << remote;
        });
    }
    QList<ChangeList> batches;
    QList<bool> remotes;
};

} // namespace

TEST_CASE("Committed writes announce what they changed, once, after the commit", "[changes]")
{
    TemporaryLibrary lib;
    const qint64 documentId = lib->documents().insert(twoTurns());
    const QList<Segment> segments = lib->documents().segments(documentId);

    Heard heard(*lib);
    Annotation a;
    a.documentId = documentId;
    a.startSegmentId = a.endSegmentId = segments.first().id;
    a.endOffset = 2;
    a.quote = QStringLiteral("第0");
    const qint64 id = lib->annotations().create(a);
    REQUIRE(heard.batches.size() == 1);
    CHECK(heard.batches.first() == ChangeList {{Change::Kind::Annotation, Change::Op::Inserted, id, documentId}});
    CHECK_FALSE(heard.remotes.first());

    lib->notes().setAnnotationNote(id, QStringLiteral("**why** it matters"));
    REQUIRE(heard.batches.size() == 2);
    CHECK(heard.batches.last().first().kind == Change::Kind::Note);
    CHECK(heard.batches.last().first().op == Change::Op::Inserted);
    CHECK(heard.batches.last().first().documentId == documentId);

    const qint64 speaker = lib->speakers().findByName(QStringLiteral("Guest"))->id;
    lib->speakers().assign({segments.first().id}, speaker);
    REQUIRE(heard.batches.size() == 3);
    CHECK(heard.batches.last()
        == ChangeList {{Change::Kind::Segment, Change::Op::Updated, segments.first().id, documentId}});

    lib->annotations().remove(id);
    CHECK(heard.batches.last().contains(Change {Change::Kind::Annotation, Change::Op::Removed, id, documentId}));
}

TEST_CASE("A nested write announces at the outermost commit, a rolled back one never", "[changes]")
{
    TemporaryLibrary lib;
    Heard heard(*lib);
    Database &db = lib->database();
    {
        Transaction outer(db);
        lib->tags().create(0, QStringLiteral("方法"));
        lib->speakers().create(QStringLiteral("主持人"));
        CHECK(heard.batches.isEmpty()); // nothing is announced before COMMIT
        outer.commit();
    }
    REQUIRE(heard.batches.size() == 1);
    CHECK(heard.batches.first().size() == 2);

    {
        Transaction outer(db);
        lib->tags().create(0, QStringLiteral("理论"));
        // The transaction unwinds without commit: the tag was never there.
    }
    CHECK(heard.batches.size() == 1);
    CHECK_FALSE(lib->tags().findByPath(QStringLiteral("理论")));

    // The coarse signals still follow from the same batch.
    int tagSignals = 0;
    QObject::connect(&*lib, &Library::tagsChanged, &*lib, [&] { ++tagSignals; });
    const qint64 tag = lib->tags().create(0, QStringLiteral("理论"));
    lib->tags().remove(tag);
    CHECK(tagSignals == 2);
    CHECK(heard.batches.last().contains(Change {Change::Kind::Annotation, Change::Op::Reset, 0, 0}));
}
