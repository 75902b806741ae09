#include "models/core/error.h"
#include "models/store/librarybackups.h"
#include "models/store/schemamigrator.h"
#include "tests/models/store/libraryfiles.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <csignal>

using namespace bitext;
using namespace bitext::test;

namespace {

const QDateTime kStart(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);

QStringList names(const QList<LibraryBackups::Backup> &backups)
{
    QStringList found;
    for (const auto &backup : backups)
        found << QFileInfo(backup.path).fileName();
    return found;
}

// What the backups folder holds besides backups, open markers and the fingerprint: partial copies.
QStringList leftovers(const QString &folder)
{
    QStringList found;
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden)) {
        if (!name.startsWith(QLatin1String(".open-")) && name != QLatin1String(".checked")
            && !name.endsWith(QLatin1String(".sqlite")))
            found << name;
        if (name.startsWith(QLatin1Char('.')) && name.endsWith(QLatin1String(".sqlite")))
            found << name;
    }
    return found;
}

// A library with a document and its backups on a clock the test sets.
struct BackupsFixture
{
    explicit BackupsFixture(int segments = 50)
        : backups(path)
    {
        addDocuments(path, {QStringLiteral("one")}, segments);
        backups.setClock([this] { return now; });
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("library.sqlite"));
    QDateTime now = kStart;
    LibraryBackups backups;
};

} // namespace

TEST_CASE("A backup is verified, named after its time and reason, and listed", "[sqlite][backups]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    addDocuments(path, {QStringLiteral("one")});

    LibraryBackups backups(path);
    backups.setClock([] { return kStart; });
    const LibraryBackups::Backup backup = backups.create(LibraryBackups::Reason::Manual);
    CHECK(backups.folder() == dir.filePath(QStringLiteral("notes.backups")));
    CHECK(QFileInfo(backup.path).fileName() == QLatin1String("notes-20260301-093000-manual.sqlite"));
    CHECK(backup.created == kStart);
    CHECK(backup.schemaVersion == SchemaMigrator::currentVersion());
    CHECK(backup.size == QFileInfo(backup.path).size());

    // A second one in the same second gets its own name and counts as newer.
    const LibraryBackups::Backup second = backups.create(LibraryBackups::Reason::Daily);
    CHECK(QFileInfo(second.path).fileName() == QLatin1String("notes-20260301-093000-daily-2.sqlite"));
    const QList<LibraryBackups::Backup> list = backups.list();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).path == second.path);
    CHECK(list.at(0).reason == LibraryBackups::Reason::Daily);
    CHECK(list.at(1).schemaVersion == SchemaMigrator::currentVersion());
    CHECK(leftovers(backups.folder()).isEmpty());
    // A backup is a whole library on its own: no -wal beside it.
    CHECK(titles(backup.path) == QStringList {QStringLiteral("one")});
}

TEST_CASE("Pruning keeps the newest backups, an upgrade backup among them", "[sqlite][backups]")
{
    BackupsFixture f;
    LibraryBackups &backups = f.backups;
    QDateTime &now = f.now;
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        now = kStart.addSecs(3600 * i);
        made.prepend(
            QFileInfo(backups.create(i == 3 ? LibraryBackups::Reason::Upgrade : LibraryBackups::Reason::Manual).path)
                .fileName());
    }
    CHECK(names(backups.list()) == made);
    CHECK(backups.prune(3) == 2);
    CHECK(names(backups.list()) == made.mid(0, 3));
    CHECK(backups.list().at(1).reason == LibraryBackups::Reason::Upgrade);
    CHECK(backups.prune(0) == 2); // at least one is always kept
    CHECK(names(backups.list()) == made.mid(0, 1));
}

TEST_CASE("An automatic backup is taken at most daily", "[sqlite][backups]")
{
    BackupsFixture f;
    LibraryBackups &backups = f.backups;
    QDateTime &now = f.now;

    REQUIRE(backups.createIfDue(2)); // none yet
    now = kStart.addSecs(23 * 3600);
    CHECK_FALSE(backups.createIfDue(2));
    now = kStart.addSecs(24 * 3600);
    const auto second = backups.createIfDue(2);
    REQUIRE(second);
    CHECK(second->reason == LibraryBackups::Reason::Daily);
    now = kStart.addSecs(50 * 3600);
    REQUIRE(backups.createIfDue(2));
    CHECK(backups.list().size() == 2); // pruned to the two newest
    // A manual backup counts as the newest too.
    now = kStart.addSecs(80 * 3600);
    backups.create(LibraryBackups::Reason::Manual);
    now = kStart.addSecs(81 * 3600);
    CHECK_FALSE(backups.createIfDue(2));
}

TEST_CASE("Upgrading an older library takes an upgrade backup in the backups folder", "[sqlite][backups]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    addDocuments(path, {QStringLiteral("one")});
    const int older = SchemaMigrator::currentVersion() - 1;
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, QStringLiteral("PRAGMA user_version = %1").arg(older).toUtf8().constData(), nullptr,
                    nullptr, nullptr)
            == SQLITE_OK);
        sqlite3_close(db);
    }
    auto library = Library::openSqlite(path);
    const QList<LibraryBackups::Backup> list = LibraryBackups(path).list();
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).reason == LibraryBackups::Reason::Upgrade);
    CHECK(list.at(0).schemaVersion == older);
    CHECK(library->upgradeBackupPath() == list.at(0).path);
}

TEST_CASE("Restoring a backup puts it in place and keeps the library as it was", "[sqlite][backups]")
{
    BackupsFixture f;
    LibraryBackups &backups = f.backups;
    QDateTime &now = f.now;
    const QString &path = f.path;
    const LibraryBackups::Backup first = backups.create(LibraryBackups::Reason::Manual);
    addDocuments(path, {QStringLiteral("two")});

    {
        auto open = Library::openSqlite(path);
        CHECK_THROWS_WITH(backups.restore(first), Catch::Contains("close it"));
    }
    now = kStart.addSecs(60);
    const QString previous = backups.restore(first);
    CHECK(titles(path) == QStringList {QStringLiteral("one")});
    // The sound library went into a before-restore backup, restorable in turn.
    const auto before = backups.find(previous);
    REQUIRE(before);
    CHECK(before->reason == LibraryBackups::Reason::BeforeRestore);
    CHECK(titles(previous) == QStringList {QStringLiteral("one"), QStringLiteral("two")});
    now = kStart.addSecs(120);
    backups.restore(*before);
    CHECK(titles(path) == QStringList {QStringLiteral("one"), QStringLiteral("two")});
    CHECK(QDir(f.dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList {QStringLiteral("library.sqlite")});
}

TEST_CASE("The latest good backup skips a damaged one", "[sqlite][backups]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one")}, 400);
    LibraryBackups backups(path);
    QDateTime now = kStart;
    backups.setClock([&now] { return now; });
    const LibraryBackups::Backup good = backups.create(LibraryBackups::Reason::Manual);
    now = kStart.addSecs(60);
    const LibraryBackups::Backup bad = backups.create(LibraryBackups::Reason::Manual);
    overwrite(bad.path, 100, QByteArray(4096, '\xff')); // page 1's b-tree header and more
    const auto latest = backups.latestGood();
    REQUIRE(latest);
    CHECK(latest->path == good.path);
    CHECK_THROWS_WITH(backups.restore(bad), Catch::Contains("cannot be restored"));
    CHECK(titles(path) == QStringList {QStringLiteral("one")});
}

TEST_CASE("A backup that fails to write leaves no partial file and keeps the older ones", "[sqlite][backups]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one"), QStringLiteral("two")}, 2000);
    REQUIRE(QFileInfo(path).size() > 256 * 1024);
    LibraryBackups backups(path);
    backups.setClock([] { return kStart; });
    const LibraryBackups::Backup older = backups.create(LibraryBackups::Reason::Manual);
    const QByteArray olderHash = filesHash(older.path);

    // A child process whose files may not grow past 64 KiB: SQLite's write fails (EFBIG)
    // in the middle of the copy, as on a full disk.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit {64 * 1024, 64 * 1024};
        setrlimit(RLIMIT_FSIZE, &limit);
        LibraryBackups inChild(path);
        inChild.setClock([] { return kStart.addSecs(3600); });
        try {
            inChild.create(LibraryBackups::Reason::Manual);
        } catch (const Error &) {
            _exit(3);
        }
        _exit(0);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 3);
    CHECK(leftovers(backups.folder()).isEmpty());
    CHECK(names(backups.list()) == names({older}));
    CHECK(filesHash(older.path) == olderHash);
}
