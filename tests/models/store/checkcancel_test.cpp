#include "models/store/librarycheck.h"
#include "models/store/libraryfingerprint.h"
#include "tests/models/store/libraryfiles.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

using namespace bitext;
using namespace bitext::test;

namespace {

// A write by something other than Bitext (the sqlite3 shell, a sync tool): afterwards
// the file is not as last known good, so opening it checks it.
void writeOutsideBitext(const QString &path)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TABLE outside (x); PRAGMA wal_checkpoint(TRUNCATE);", nullptr, nullptr, nullptr)
        == SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

TEST_CASE("A library changed outside Bitext is checked before opening, and the check can be cancelled",
    "[sqlite][fingerprint]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one")});
    CHECK_FALSE(LibraryCheck::wouldCheck(path)); // Bitext's own last write: known good

    writeOutsideBitext(path);
    REQUIRE(LibraryCheck::wouldCheck(path));
    const QByteArray before = filesHash(path);

    std::atomic_bool cancel {true};
    CHECK_THROWS_AS(LibraryCheck::beforeOpen(path, &cancel), LibraryCheckCancelled);
    // Nothing recorded, nothing written: the next open checks again.
    CHECK(LibraryCheck::wouldCheck(path));
    CHECK(filesHash(path) == before);

    cancel = false;
    LibraryCheck::beforeOpen(path, &cancel);
    CHECK_FALSE(LibraryCheck::wouldCheck(path));
    CHECK(titles(path) == QStringList {QStringLiteral("one")});
}

TEST_CASE("Cancel also stops a check waiting for a lock another process holds", "[sqlite][fingerprint]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one")});
    writeOutsideBitext(path);

    // Exclusive locking mode keeps every other connection out, readers too.
    sqlite3 *holder = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &holder) == SQLITE_OK);
    REQUIRE(sqlite3_exec(holder, "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; CREATE TABLE held (x);", nullptr,
                nullptr, nullptr)
        == SQLITE_OK);

    std::atomic_bool cancel {false};
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    QElapsedTimer timer;
    timer.start();
    CHECK_THROWS_AS(LibraryCheck::beforeOpen(path, &cancel), LibraryCheckCancelled);
    canceller.join();
    // Well before the 10 s a lock is waited for.
    CHECK(timer.elapsed() < 5000);
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
    CHECK(LibraryCheck::wouldCheck(path));
}
