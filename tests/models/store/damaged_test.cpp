#include "models/core/error.h"
#include "models/store/librarybackups.h"
#include "models/store/librarycheck.h"
#include "models/store/openmarker.h"
#include "tests/models/store/libraryfiles.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;

namespace {

// Opening must fail with DamagedLibraryError naming the file, and write nothing.
void requireDamaged(const QString &path, const char *what)
{
    const QByteArray before = filesHash(path);
    try {
        Library::openSqlite(path);
        FAIL("opened a damaged library");
    } catch (const DamagedLibraryError &error) {
        CHECK(error.path() == path);
        CHECK(error.message().contains(path));
        CHECK(error.message().contains(QLatin1String(what)));
    }
    CHECK(filesHash(path) == before);
}

void exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO(sql << ": " << (message ? message : ""));
    sqlite3_free(message);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("A file that is not SQLite is a damaged library", "[sqlite][damaged]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("Speaker 1: 你好\nThis is a transcript, not a library.\n").repeated(100));
    file.close();
    requireDamaged(path, "not an SQLite database");
}

TEST_CASE("A truncated library is damaged", "[sqlite][damaged]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one"), QStringLiteral("two")}, 400);
    const qint64 size = QFileInfo(path).size();
    SECTION("in the middle of a page")
    {
        REQUIRE(QFile::resize(path, size - 1000));
        requireDamaged(path, "truncated");
    }
    SECTION("at a page boundary")
    {
        REQUIRE(QFile::resize(path, (size / 2) / 4096 * 4096));
        requireDamaged(path, "damaged");
    }
}

TEST_CASE("A library with flipped bytes is damaged", "[sqlite][damaged]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one"), QStringLiteral("two")}, 400);
    const int page = rootPage(path, "segments");
    REQUIRE(page > 1);
    // The segments table's root page: its b-tree header and first cell pointers.
    overwrite(path, qint64(page - 1) * 4096, QByteArray::fromHex("0d00ff7fffff0000ffeeddcc"));
    requireDamaged(path, "SQLite's check");
}

TEST_CASE("A -wal that belongs to another library is found before it is replayed", "[sqlite][damaged]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    addDocuments(path, {QStringLiteral("one"), QStringLiteral("two")}, 400);
    addDocuments(other, {QStringLiteral("three")}, 10);
    // Writes to the other library that stay in its -wal, copied beside this one (as when
    // a library file is copied over another without its -wal).
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(other).constData(), &db) == SQLITE_OK);
    exec(db, "PRAGMA wal_autocheckpoint = 0");
    exec(db, "BEGIN");
    for (int i = 0; i < 300; ++i)
        exec(db,
            QStringLiteral("INSERT INTO speakers (name) VALUES ('speaker %1 %2')")
                .arg(i)
                .arg(QString(200, QLatin1Char('x')))
                .toUtf8()
                .constData());
    exec(db, "COMMIT");
    REQUIRE(QFile::copy(other + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    sqlite3_close(db);
    requireDamaged(path, "-wal");
}

TEST_CASE("An empty library file that has backups is damaged", "[sqlite][damaged]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one")});
    LibraryBackups(path).create(LibraryBackups::Reason::Manual);
    REQUIRE(QFile::resize(path, 0));
    requireDamaged(path, "empty");
}

TEST_CASE("After an unclean shutdown the library gets the full integrity check", "[sqlite][damaged]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one"), QStringLiteral("two")}, 400);
    // Damage that only the full check sees: an index whose entries do not match its
    // table (quick_check reads every page but not the indexes' contents).
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        exec(db, "PRAGMA writable_schema = ON");
        exec(db,
            "UPDATE sqlite_master SET sql = 'CREATE INDEX documents_hash ON documents(format)' "
            "WHERE name = 'documents_hash'");
        sqlite3_close(db);
    }
    CHECK(LibraryCheck::problem(path, LibraryCheck::Depth::Quick).isEmpty());
    CHECK_FALSE(LibraryCheck::problem(path, LibraryCheck::Depth::Full).isEmpty());
    // A clean open and close: quick check only, and no marker left.
    {
        Library::openSqlite(path);
    }
    const QString folder = LibraryBackups::folderFor(path);
    CHECK(QDir(folder).entryList({QStringLiteral(".open-*")}, QDir::Files | QDir::Hidden).isEmpty());

    // The marker of a process that is gone: the next open checks everything.
    QProcess gone;
    gone.start(QStringLiteral("true"), QStringList());
    REQUIRE(gone.waitForStarted());
    const qint64 pid = gone.processId();
    REQUIRE(gone.waitForFinished());
    QFile marker(folder + QStringLiteral("/.open-%1-0").arg(pid));
    REQUIRE(marker.open(QIODevice::WriteOnly));
    QFile bootId(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    REQUIRE(bootId.open(QIODevice::ReadOnly));
    marker.write(QSysInfo::machineHostName().toUtf8() + '\n' + bootId.readAll().trimmed() + '\n');
    marker.close();
    CHECK(OpenMarker::stale(path) == QStringList {marker.fileName()});
    requireDamaged(path, "SQLite's check");
    CHECK(marker.exists()); // kept until a full check passes
}

TEST_CASE("A marker of a running process is no unclean shutdown", "[sqlite][damaged]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one")});
    auto first = Library::openSqlite(path);
    auto second = Library::openSqlite(path); // the same file twice in one process
    CHECK(OpenMarker::live(path).size() == 2);
    CHECK(OpenMarker::stale(path).isEmpty());
    first.reset();
    CHECK(OpenMarker::live(path).size() == 1);
}
