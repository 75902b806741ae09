#include "models/core/error.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/noterepository.h"
#include "models/store/schemamigrator.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>

#include <sqlite3.h>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

ParsedDocument sampleDocument(const QString &title = QStringLiteral("访谈 Interview"))
{
    ParsedDocument p;
    p.document.title = title;
    p.document.format = QStringLiteral("speaker-turns");
    p.document.sourceFile = QStringLiteral("interview.txt");
    p.document.languages = QStringList {QStringLiteral("zh"), QStringLiteral("en")};
    p.document.people = QStringList {QStringLiteral("Host")};
    p.document.contentHash = QStringLiteral("abc");
    p.sections << Section {0, 0, 0, QStringLiteral("开场"), 3};
    for (int i = 0; i < 5; ++i) {
        Segment s;
        s.sectionOrdinal = 0;
        s.speaker = i % 2 ? QStringLiteral("Guest") : QStringLiteral("Host");
        s.zh = QStringLiteral("第%1句").arg(i);
        s.en = QStringLiteral("Sentence %1").arg(i);
        s.sourceLine = i + 1;
        if (i == 0) {
            s.startMs = 1000;
            s.endMs = 2500;
        }
        p.segments << s;
    }
    return p;
}

int userVersion(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
    sqlite3_step(stmt);
    const int version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return version;
}

void execRaw(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

TEST_CASE("A new library file is created at the current schema version", "[sqlite][store]")
{
    test::TemporaryLibrary lib;
    CHECK(QFile::exists(lib.path()));
    CHECK(SchemaMigrator::currentVersion() >= 1);
    lib.close();
    CHECK(userVersion(lib.path()) == SchemaMigrator::currentVersion());
}

TEST_CASE("Foreign keys and WAL are on for every connection", "[sqlite][store]")
{
    test::TemporaryLibrary lib;
    CHECK(lib->database().scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(lib->database().scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    // A segment pointing at no document is refused.
    CHECK_THROWS_AS(
        lib->database().exec(QStringLiteral("INSERT INTO segments (document_id, ordinal) VALUES (999, 0)")), Error);
}

TEST_CASE("An empty version-0 file is migrated to the current version", "[sqlite][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    execRaw(path, "PRAGMA user_version = 0");
    REQUIRE(userVersion(path) == 0);
    {
        auto library = Library::openSqlite(path);
        CHECK(library->upgradeBackupPath().isEmpty()); // nothing to back up in an empty file
        CHECK(library->documents().list().isEmpty());
    }
    CHECK(userVersion(path) == SchemaMigrator::currentVersion());
}

TEST_CASE("Documents, sections and segments round-trip through the file", "[store]")
{
    test::TemporaryLibrary lib;
    const qint64 id = lib->documents().insert(sampleDocument());
    lib.reopen();

    const auto doc = lib->documents().find(id);
    REQUIRE(doc);
    CHECK(doc->title == QStringLiteral("访谈 Interview"));
    CHECK(doc->languages == QStringList {QStringLiteral("zh"), QStringLiteral("en")});
    CHECK(doc->people == QStringList {QStringLiteral("Host")});
    CHECK(doc->importedAt.isValid());

    const QList<Section> sections = lib->documents().sections(id);
    REQUIRE(sections.size() == 1);
    CHECK(sections.first().title == QStringLiteral("开场"));

    const QList<Segment> segments = lib->documents().segments(id);
    REQUIRE(segments.size() == 5);
    CHECK(segments.at(0).zh == QStringLiteral("第0句"));
    CHECK(segments.at(0).speaker == QStringLiteral("Host"));
    CHECK(segments.at(1).speaker == QStringLiteral("Guest"));
    CHECK(segments.at(0).startMs == 1000);
    CHECK(segments.at(0).endMs == 2500);
    CHECK_FALSE(segments.at(1).startMs.has_value());
    CHECK(segments.at(4).sectionOrdinal == 0);

    const QList<DocumentSummary> list = lib->documents().list();
    REQUIRE(list.size() == 1);
    CHECK(list.first().segmentCount == 5);
    CHECK(list.first().speakers == QStringList {QStringLiteral("Host"), QStringLiteral("Guest")});
    // Speakers are library-wide: a second document reuses them.
    lib->documents().insert(sampleDocument(QStringLiteral("Second")));
    CHECK(lib->speakers().list().size() == 2);
}

TEST_CASE("A library written by a newer Bitext is refused with both versions named", "[sqlite][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        Library::openSqlite(path);
    }
    const int newer = SchemaMigrator::currentVersion() + 5;
    execRaw(path, QStringLiteral("PRAGMA user_version = %1").arg(newer).toUtf8().constData());
    try {
        Library::openSqlite(path);
        FAIL("a newer library was opened");
    } catch (const Error &error) {
        CHECK(error.message().contains(QString::number(newer)));
        CHECK(error.message().contains(QString::number(SchemaMigrator::currentVersion())));
    }
    CHECK(userVersion(path) == newer); // untouched
}

TEST_CASE("A file that is not a Bitext library is refused, not changed", "[sqlite][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    execRaw(path, "CREATE TABLE foo (x); INSERT INTO foo VALUES (1);");
    CHECK_THROWS_AS(Library::openSqlite(path), Error);
    const QString text = dir.filePath(QStringLiteral("text.sqlite"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database at all, just some text long enough to fill a header...........");
    f.close();
    CHECK_THROWS_AS(Library::openSqlite(text), Error);
}

TEST_CASE("An older library is upgraded after a backup copy", "[sqlite][store]")
{
    // Simulate a library of an older schema by lowering its version number: the
    // upgrade steps are then re-checked against an existing file. With only one
    // step so far, version current-1 -> current must at least back up first.
    if (SchemaMigrator::currentVersion() < 2) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            Library::openSqlite(path)->documents().insert(sampleDocument());
        }
        CHECK(userVersion(path) == 1);
        SUCCEED("single-step schema: backup path covered when a second step exists");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    qint64 id = 0;
    {
        id = Library::openSqlite(path)->documents().insert(sampleDocument());
    }
    const int older = SchemaMigrator::currentVersion() - 1;
    execRaw(path, QStringLiteral("PRAGMA user_version = %1").arg(older).toUtf8().constData());
    auto library = Library::openSqlite(path);
    REQUIRE_FALSE(library->upgradeBackupPath().isEmpty());
    CHECK(QFile::exists(library->upgradeBackupPath()));
    CHECK(userVersion(library->upgradeBackupPath()) == older);
    CHECK(library->documents().find(id));
}

TEST_CASE(
    "Step 5 -> 6 adds the pairing and media columns to a library without them, keeping its text", "[store][sqlite]")
{
    if (test::testingPostgres())
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    qint64 id = 0;
    {
        auto library = Library::openSqlite(path);
        ParsedDocument parsed = sampleDocument();
        parsed.segments[1].confidence = 0.25;
        parsed.segments[2].untranslated = true;
        parsed.document.mediaPath = QStringLiteral("talk.mp3");
        id = library->documents().insert(parsed);
        const QList<Segment> stored = library->documents().segments(id);
        CHECK_FALSE(stored.at(0).confidence);
        REQUIRE(stored.at(1).confidence);
        CHECK(*stored.at(1).confidence == 0.25);
        CHECK(stored.at(2).untranslated);
        CHECK(library->documents().find(id)->mediaPath == QStringLiteral("talk.mp3"));
    }
    // The library as step 5 left it: none of the three columns.
    execRaw(path,
        "ALTER TABLE segments DROP COLUMN confidence; ALTER TABLE segments DROP COLUMN untranslated; "
        "ALTER TABLE documents DROP COLUMN media_path; PRAGMA user_version = 5;");
    auto library = Library::openSqlite(path);
    CHECK(userVersion(path) == SchemaMigrator::currentVersion());
    const QList<Segment> upgraded = library->documents().segments(id);
    REQUIRE(upgraded.size() == 5);
    CHECK_FALSE(upgraded.at(1).confidence);
    CHECK_FALSE(upgraded.at(2).untranslated);
    CHECK(library->documents().find(id)->mediaPath.isEmpty());
}

TEST_CASE("Deleting a document removes its segments, sections, annotations and notes", "[store]")
{
    test::TemporaryLibrary lib;
    const qint64 keep = lib->documents().insert(sampleDocument(QStringLiteral("Keep")));
    const qint64 id = lib->documents().insert(sampleDocument());
    const QList<Segment> segments = lib->documents().segments(id);
    Annotation a;
    a.documentId = id;
    a.startSegmentId = a.endSegmentId = segments.first().id;
    a.startOffset = 0;
    a.endOffset = 2;
    a.quote = QStringLiteral("第0");
    a.tagIds << lib->tags().ensurePath(QStringLiteral("Theme/Trust"));
    const qint64 annotationId = lib->annotations().create(a);
    lib->notes().setAnnotationNote(annotationId, QStringLiteral("*why* it matters"));
    lib->notes().setDocumentNote(id, QStringLiteral("doc note"));

    lib->documents().remove(id);
    Database &db = lib->database();
    CHECK_FALSE(lib->documents().find(id));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM segments WHERE document_id = ?"), {id}).toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM sections WHERE document_id = ?"), {id}).toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM annotations")).toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM annotation_tags")).toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM notes")).toInt() == 0);
    CHECK(lib->documents().segments(keep).size() == 5);
    CHECK(lib->tags().list().size() == 2); // the codebook stays
}

TEST_CASE("A failed multi-row write rolls back completely", "[store]")
{
    test::TemporaryLibrary lib;
    ParsedDocument bad = sampleDocument();
    // Two segments with the same ordinal cannot exist: force a failure mid-way by
    // making a section ordinal clash through a direct duplicate insert.
    Database &db = lib->database();
    const int before = db.scalar(QStringLiteral("SELECT count(*) FROM segments")).toInt();
    try {
        Transaction tx(db);
        lib->documents().insert(sampleDocument());
        db.exec(QStringLiteral("INSERT INTO segments (document_id, ordinal) VALUES (-1, 0)")); // FK violation
        tx.commit();
        FAIL("the write should have failed");
    } catch (const Error &) {
    }
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM segments")).toInt() == before);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM documents")).toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM speakers")).toInt() == 0);
    // The library still works afterwards.
    CHECK(lib->documents().insert(bad) > 0);
}

TEST_CASE("Speakers merge, keep aliases and can be restored", "[store]")
{
    test::TemporaryLibrary lib;
    const qint64 id = lib->documents().insert(sampleDocument());
    QSignalSpy spy(&lib.library(), &Library::speakersChanged);
    const auto host = lib->speakers().findByName(QStringLiteral("Host"));
    const auto guest = lib->speakers().findByName(QStringLiteral("Guest"));
    REQUIRE(host);
    REQUIRE(guest);
    const QList<qint64> moved = lib->speakers().segmentsOf(guest->id);
    lib->speakers().merge(guest->id, host->id);
    CHECK(spy.count() >= 1);
    CHECK(lib->speakers().list().size() == 1);
    CHECK(lib->speakers().findByName(QStringLiteral("Guest"))->id == host->id); // alias
    for (const Segment &s : lib->documents().segments(id))
        CHECK(s.speaker == QStringLiteral("Host"));

    // Undo: restore the speaker and its segments.
    lib->speakers().restore(*guest);
    QHash<qint64, qint64> back;
    for (qint64 segmentId : moved)
        back.insert(segmentId, guest->id);
    lib->speakers().restoreAssignment(back);
    lib->speakers().setAliases(host->id, {});
    CHECK(lib->documents().segments(id).at(1).speaker == QStringLiteral("Guest"));

    const QHash<qint64, qint64> previous = lib->speakers().assign({moved.first()}, 0);
    CHECK(previous.value(moved.first()) == guest->id);
    CHECK(lib->documents().segments(id).at(1).speaker.isEmpty());
    CHECK_THROWS_AS(lib->speakers().rename(host->id, QStringLiteral("Guest")), Error);
}

TEST_CASE("Tags form a tree with unique names per parent", "[store]")
{
    test::TemporaryLibrary lib;
    const qint64 child = lib->tags().ensurePath(QStringLiteral("Alignment/Steering"));
    CHECK(lib->tags().ensurePath(QStringLiteral("Alignment/Steering")) == child);
    const auto tag = lib->tags().findByPath(QStringLiteral("Alignment/Steering"));
    REQUIRE(tag);
    CHECK(tag->id == child);
    CHECK_THROWS_AS(lib->tags().create(tag->parentId, QStringLiteral("Steering")), Error);
    Tag moved = *lib->tags().findByPath(QStringLiteral("Alignment"));
    moved.parentId = child;
    CHECK_THROWS_AS(lib->tags().update(moved), Error); // below itself
}
