// Libraries that cannot be written: on a read-only disk (a read-only bind mount, in the
// test_models_store_mounts run) or on a full disk (a small tmpfs there; SQLite's
// max_page_count in every run). Reading works, every write is refused with a message
// that says why, and nothing stored before is touched.
#include "models/core/error.h"
#include "models/search/librarysearch.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/noterepository.h"
#include "models/store/schemamigrator.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"
#include "tests/support/mounts.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

ParsedDocument talk(const QString &title, int segments = 6, int repeat = 1)
{
    ParsedDocument p;
    p.document.title = title;
    p.document.format = QStringLiteral("plain");
    for (int i = 0; i < segments; ++i) {
        Segment s;
        s.zh = QStringLiteral("第%1句：对齐问题很难。").arg(i).repeated(repeat);
        s.en = QStringLiteral("Sentence %1: alignment is hard. ").arg(i).repeated(repeat);
        s.speaker = QStringLiteral("Host");
        p.segments << s;
    }
    return p;
}

// A library in dir with one annotated, tagged, noted document; closed (so that SQLite
// checkpointed and removed its -wal and -shm, as after any clean exit).
QString makeLibrary(const QString &dir, qint64 *documentId = nullptr)
{
    const QString path = dir + QStringLiteral("/library.sqlite");
    auto library = Library::openSqlite(path);
    const qint64 doc = library->documents().insert(talk(QStringLiteral("只读 Read-only talk")));
    const QList<Segment> segments = library->documents().segments(doc);
    Annotation a;
    a.documentId = doc;
    a.startSegmentId = a.endSegmentId = segments.first().id;
    a.startOffset = 4;
    a.endOffset = 8;
    a.quote = QStringLiteral("对齐问题");
    a.tagIds << library->tags().ensurePath(QStringLiteral("Theme/Alignment"));
    const qint64 annotation = library->annotations().create(a);
    library->notes().setAnnotationNote(annotation, QStringLiteral("A note kept on the disk"));
    if (documentId)
        *documentId = doc;
    return path;
}

void execRaw(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

// Every kind of write through the repositories, each expected to be refused.
void requireEveryWriteRefused(Library &library, qint64 doc)
{
    const QList<Segment> segments = library.documents().segments(doc);
    const Annotation existing = library.annotations().list(doc).first();
    Annotation a = existing;
    a.id = 0;
    const std::function<void()> writes[] = {
        [&] { library.documents().insert(talk(QStringLiteral("New"))); },
        [&] { library.documents().remove(doc); },
        [&] { library.annotations().create(a); },
        [&] { library.annotations().remove(existing.id); },
        [&] { library.tags().ensurePath(QStringLiteral("Theme/New")); },
        [&] { library.speakers().create(QStringLiteral("Guest")); },
        [&] { library.notes().setDocumentNote(doc, QStringLiteral("new note")); },
    };
    for (const auto &write : writes) {
        try {
            write();
            FAIL("a write to a read-only library succeeded");
        } catch (const ReadOnlyError &error) {
            CHECK(error.message().contains(QStringLiteral("is read-only")));
            CHECK(error.message().contains(library.location()));
        }
    }
}

} // namespace

TEST_CASE("A library on a read-only disk is read and searched, and every write is refused", "[sqlite][.mounts]")
{
    QTemporaryDir dir;
    qint64 doc = 0;
    const QString path = makeLibrary(dir.path(), &doc);
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray before = test::fileHash(path);

    test::ReadOnlyFolder readOnly(dir.path());
    if (!readOnly.ok())
        return;
    {
        auto library = Library::openSqlite(path);
        CHECK(library->isReadOnly());
        if (readOnly.mounted())
            CHECK(library->readOnlyReason() == QStringLiteral("it is on a read-only disk"));
        // Reading: the list, the text, the annotations with tags and notes, search.
        REQUIRE(library->documents().list().size() == 1);
        CHECK(library->documents().segments(doc).size() == 6);
        const QList<Annotation> annotations = library->annotations().list(doc);
        REQUIRE(annotations.size() == 1);
        CHECK(annotations.first().tagIds.size() == 1);
        CHECK(
            library->notes().forAnnotation(annotations.first().id)->body == QStringLiteral("A note kept on the disk"));
        CHECK(LibrarySearch(library->database()).search(QStringLiteral("对齐")).size() >= 6);

        requireEveryWriteRefused(*library, doc);
        CHECK(library->documents().list().size() == 1);
    }
    CHECK(test::fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A library with its -wal and -shm on a read-only disk is read with what the WAL holds", "[sqlite][.mounts]")
{
    QTemporaryDir dir;
    qint64 doc = 0;
    const QString path = makeLibrary(dir.path(), &doc);
    // A second document that stays in the WAL: the writer is still open when the disk
    // becomes read-only (a medium remounted read-only, a copy taken while open).
    auto writer = Library::openSqlite(path);
    writer->database().exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    writer->documents().insert(talk(QStringLiteral("Only in the WAL")));
    REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

    test::ReadOnlyFolder readOnly(dir.path());
    if (!readOnly.ok())
        return;
    auto library = Library::openSqlite(path);
    CHECK(library->isReadOnly());
    CHECK(library->documents().list().size() == 2);
    requireEveryWriteRefused(*library, doc);
    library.reset();
    writer.reset(); // its checkpoint fails quietly on the read-only disk; nothing is lost
}

TEST_CASE("A library in the old rollback-journal mode on a read-only disk opens read-only", "[sqlite][.mounts]")
{
    QTemporaryDir dir;
    qint64 doc = 0;
    const QString path = makeLibrary(dir.path(), &doc);
    execRaw(path, "PRAGMA journal_mode = DELETE");
    test::ReadOnlyFolder readOnly(dir.path());
    if (!readOnly.ok())
        return;
    auto library = Library::openSqlite(path);
    CHECK(library->isReadOnly());
    CHECK(library->documents().list().size() == 1);
    requireEveryWriteRefused(*library, doc);
}

TEST_CASE("An older library on a read-only disk is not upgraded: opening says it must be", "[sqlite][.mounts]")
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir.path());
    execRaw(path, "PRAGMA user_version = 2");
    const QByteArray before = test::fileHash(path);
    test::ReadOnlyFolder readOnly(dir.path());
    if (!readOnly.ok())
        return;
    try {
        Library::openSqlite(path);
        FAIL("an old read-only library opened");
    } catch (const ReadOnlyError &error) {
        CHECK(error.message().contains(QStringLiteral("must be upgraded")));
        CHECK(error.message().contains(QStringLiteral("schema version 2")));
    }
    CHECK(test::fileHash(path) == before);
    // No upgrade backup, neither beside the file (older builds) nor in its backups folder.
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*backup*")}, QDir::Files).isEmpty());
    const QString backupsFolder
        = dir.path() + QLatin1Char('/') + QFileInfo(path).completeBaseName() + QStringLiteral(".backups");
    CHECK(QDir(backupsFolder).entryList({QStringLiteral("*.sqlite")}, QDir::Files).isEmpty());
}

TEST_CASE("A full disk refuses the edit with a message and keeps everything saved before", "[sqlite][store]")
{
    test::TemporaryLibrary lib;
    if (test::testingPostgres())
        return;
    const qint64 first = lib->documents().insert(talk(QStringLiteral("Kept"), 20));
    Database &db = lib->database();
    // The file may not grow by a page: SQLite answers SQLITE_FULL, as on a full disk.
    const int pages = db.scalar(QStringLiteral("PRAGMA page_count")).toInt();
    db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    try {
        lib->documents().insert(talk(QStringLiteral("Too big"), 200, 20));
        FAIL("a write on a full disk succeeded");
    } catch (const DiskFullError &error) {
        CHECK(error.message()
            == QStringLiteral("The disk holding %1 is full: the change was not saved. Everything saved before is kept.")
                   .arg(lib->location()));
    }
    CHECK(lib->documents().list().size() == 1);
    CHECK(lib->documents().segments(first).size() == 20);
    // Room again: the same edit works.
    db.exec(QStringLiteral("PRAGMA max_page_count = 1000000"));
    lib->documents().insert(talk(QStringLiteral("Too big"), 200, 20));
    lib.reopen();
    CHECK(lib->documents().list().size() == 2);
    lib.close();
    CHECK(test::integrityCheck(lib.path()) == QStringLiteral("ok"));
}

TEST_CASE("A really full disk refuses the edit and keeps the library whole", "[sqlite][.mounts]")
{
    QTemporaryDir dir;
    const QString mountPoint = dir.path() + QStringLiteral("/disk");
    test::SmallDisk disk(mountPoint, 2048);
    if (!disk.ok())
        return;
    const QString path = mountPoint + QStringLiteral("/library.sqlite");
    auto library = Library::openSqlite(path);
    const qint64 first = library->documents().insert(talk(QStringLiteral("Kept"), 20));
    disk.fill();
    QString message;
    try {
        for (int i = 0; i < 20; ++i) // the WAL may take a few small writes in its free frames
            library->documents().insert(talk(QStringLiteral("Too big %1").arg(i), 100, 10));
    } catch (const DiskFullError &error) {
        message = error.message();
    }
    CHECK(message.contains(QStringLiteral("is full: the change was not saved")));
    CHECK(library->documents().segments(first).size() == 20);
    disk.makeRoom();
    library->documents().insert(talk(QStringLiteral("After"), 100, 10));
    const int documents = int(library->documents().list().size());
    library.reset();
    CHECK(test::integrityCheck(path) == QStringLiteral("ok"));
    library = Library::openSqlite(path);
    CHECK(library->documents().list().size() == documents);
    CHECK(library->documents().findPreviousVersion(QString(), QStringLiteral("After")).has_value());
}
