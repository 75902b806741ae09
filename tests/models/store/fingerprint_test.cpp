// The check on open is skipped only for a file exactly as it was when last known good
// (LibraryFingerprint); a library that is only read leaves nothing in its folder.
#include "models/core/error.h"
#include "models/store/librarybackups.h"
#include "models/store/libraryfingerprint.h"
#include "models/store/openmarker.h"
#include "models/store/tagrepository.h"
#include "tests/models/store/libraryfiles.h"
#include "tests/support/testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;

namespace {

// Damage that SQLite's quick check finds: the segments table's root page overwritten.
void damage(const QString &path)
{
    const int page = rootPage(path, "segments");
    REQUIRE(page > 1);
    overwrite(path, qint64(page - 1) * 4096, QByteArray::fromHex("0d00ff7fffff0000ffeeddcc"));
}

// Writes 16 bytes of the file over with the bytes already there.
void rewriteSame(const QString &path)
{
    // File times tick with the kernel's coarse clock (a few ms): a write in the same tick
    // as the one recorded would leave them as they were.
    QThread::msleep(20);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    REQUIRE(file.seek(4096));
    const QByteArray same = file.read(16);
    file.close();
    overwrite(path, 4096, same);
}

bool opens(const QString &path)
{
    try {
        Library::openSqlite(path);
        return true;
    } catch (const DamagedLibraryError &) {
        return false;
    }
}

// Every file in the library's backups folder with its size and modification time.
QStringList folderState(const QString &path)
{
    QStringList state;
    const QDir folder(LibraryBackups::folderFor(path));
    if (!folder.exists())
        return {QStringLiteral("(no folder)")};
    for (const QFileInfo &info : folder.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        state << info.fileName() + QLatin1Char(' ') + QString::number(info.size()) + QLatin1Char(' ')
                + QString::number(info.lastModified().toMSecsSinceEpoch());
    return state;
}

} // namespace

TEST_CASE("Writes and a check that passed record the file's fingerprint", "[sqlite][fingerprint]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one"), QStringLiteral("two")}, 400);
    CHECK(LibraryFingerprint::unchanged(path)); // Bitext's own writes and close

    // Written by something else: the next open checks and records again.
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        REQUIRE(
            sqlite3_exec(db, "INSERT INTO speakers (name) VALUES ('someone')", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    CHECK_FALSE(LibraryFingerprint::unchanged(path));
    {
        auto library = Library::openSqlite(path);
        CHECK(LibraryFingerprint::unchanged(path));
    }
    CHECK(LibraryFingerprint::unchanged(path));
}

TEST_CASE("A file as last known good is not checked again; any change to it is", "[sqlite][fingerprint]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one"), QStringLiteral("two")}, 400);
    damage(path);
    REQUIRE_FALSE(opens(path));
    // Recording the damaged file's fingerprint by hand shows what the record does: the
    // file it describes is opened without SQLite's check...
    LibraryFingerprint::record(path, LibraryFingerprint::of(path));
    CHECK(opens(path));

    SECTION("the same bytes written again: checked")
    {
        rewriteSame(path);
        CHECK_FALSE(opens(path));
    }
    SECTION("its modification time set back after a write: still checked (the change time cannot be)")
    {
        const QDateTime modified = QFileInfo(path).lastModified();
        rewriteSame(path);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(modified, QFileDevice::FileModificationTime));
        file.close();
        REQUIRE(QFileInfo(path).lastModified() == modified);
        CHECK_FALSE(opens(path));
    }
    SECTION("a -wal put beside it: checked")
    {
        QFile wal(path + QStringLiteral("-wal"));
        REQUIRE(wal.open(QIODevice::WriteOnly));
        wal.write(QByteArray(32, 'x'));
        wal.close();
        CHECK_FALSE(opens(path));
    }
    SECTION("after an unclean shutdown: checked fully whatever the fingerprint")
    {
        QFile marker(LibraryBackups::folderFor(path) + QStringLiteral("/.open-999999999-0"));
        REQUIRE(marker.open(QIODevice::WriteOnly));
        marker.write(QByteArray("another-host\nboot\n")); // not this machine's: never stale
        marker.close();
        CHECK(opens(path)); // a live marker alone is no reason
        QFile bootId(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        REQUIRE(bootId.open(QIODevice::ReadOnly));
        REQUIRE(marker.open(QIODevice::WriteOnly));
        marker.write(QSysInfo::machineHostName().toUtf8() + "\nan earlier boot\n"); // stale
        marker.close();
        REQUIRE(OpenMarker::stale(path).size() == 1);
        CHECK_FALSE(opens(path));
    }
}

TEST_CASE("A library that is only read gets no open marker; the first write makes one", "[sqlite][fingerprint]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one")});
    CHECK(OpenMarker::live(path).isEmpty());
    {
        auto window = Library::openSqlite(path); // the window's: marked at once
        CHECK(OpenMarker::live(path).size() == 1);
    }
    auto library = Library::openSqlite(path, Library::Marker::AtFirstWrite);
    CHECK(titles(*library) == QStringList {QStringLiteral("one")});
    CHECK(OpenMarker::live(path).isEmpty());
    library->tags().ensurePath(QStringLiteral("a tag"));
    CHECK(OpenMarker::live(path).size() == 1);
    library.reset();
    CHECK(OpenMarker::live(path).isEmpty());
    CHECK(LibraryFingerprint::unchanged(path));

    // Read again: nothing in the folder is written.
    const QStringList written = folderState(path);
    {
        auto reader = Library::openSqlite(path, Library::Marker::AtFirstWrite);
        CHECK(titles(*reader) == QStringList {QStringLiteral("one")});
    }
    CHECK(folderState(path) == written);
}
