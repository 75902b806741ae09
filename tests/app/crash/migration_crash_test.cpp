// SIGKILL at random moments of the schema upgrade that opening an older library does
// (`bitext list`): the file is at the old version or the new one, never between, with
// all its data, and once upgraded the copy taken before the upgrade is there and whole.
#include "models/store/database.h"
#include "models/store/library.h"
#include "models/store/schemamigrator.h"
#include "tests/app/crash/crashfixture.h"
#include "tests/app/crash/killrun.h"
#include "tests/app/crash/rawlibrary.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>
#include <cstdio>

using namespace bitext;
using namespace bitext::test;

namespace {

constexpr int kOldVersion = 1;

// A library as a version-1 Bitext left it: no full-text index (step 2), no change log
// and version table (step 3). Step 3's columns stay: the upgrade adds only missing ones.
void downgrade(const QString &path)
{
    const QString name = QStringLiteral("crash-downgrade");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const char *sql : {"DROP TABLE search_text", "DROP TABLE search_entries", "DROP TABLE changes",
                 "DROP TABLE schema_version", "PRAGMA user_version = 1", "PRAGMA journal_mode = DELETE", "VACUUM"})
            REQUIRE(query.exec(QString::fromLatin1(sql)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Problems with the copies taken before the upgrade: every copy must be a sound
// database, and one named as a version-1 upgrade backup must be exactly that (a partial
// one would be offered for restoring); with `required`, there must be a whole one.
QStringList checkBackups(const QString &library, const QStringList &oldState, bool required = true)
{
    QStringList problems;
    bool good = false;
    const QStringList backups = upgradeBackups(library);
    for (const QString &backup : backups) {
        const RawLibrary raw(backup);
        QStringList wrong = raw.problems();
        const bool whole = wrong.isEmpty() && raw.hasTable(QStringLiteral("documents"))
            && raw.userVersion() == kOldVersion && contentState(raw) == oldState;
        good = good || whole;
        if (!whole && QFileInfo(backup).fileName().contains(QStringLiteral(".v%1-backup").arg(kOldVersion)))
            wrong << QStringLiteral("not the whole version-%1 library").arg(kOldVersion);
        if (!wrong.isEmpty())
            problems << backup + QStringLiteral(": ") + wrong.join(QStringLiteral("; "));
    }
    if (required && !good)
        problems << QStringLiteral("no whole version-%1 backup among: %2")
                        .arg(kOldVersion)
                        .arg(backups.join(QStringLiteral(", ")));
    return problems;
}

} // namespace

TEST_CASE("A killed schema upgrade leaves the old or the new version, and the backup", "[crash][migration][sqlite]")
{
    KillScenario scenario(QStringLiteral("migration"));
    QTemporaryDir work;
    const QString old = work.filePath(QStringLiteral("old.sqlite"));
    makeStartLibrary(old, writeBigTranscript(work.filePath(QStringLiteral("long-interview.txt")), 256 * 1024));
    downgrade(old);
    QStringList oldState;
    {
        const RawLibrary raw(old);
        REQUIRE(raw.userVersion() == kOldVersion);
        oldState = contentState(raw);
    }
    const int newVersion = SchemaMigrator::currentVersion();

    // Each run in a folder of its own, so that no backup of an earlier run counts.
    const auto fresh = [&](int run) {
        const QString dir = work.filePath(QStringLiteral("run-%1").arg(run));
        QDir(dir).removeRecursively();
        REQUIRE(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/library.sqlite");
        copyLibraryFile(old, path);
        return path;
    };
    const QString measured = fresh(-1);
    const double duration = measureBitext({QStringLiteral("--library"), measured, QStringLiteral("list")});
    std::printf("migration: version %d to %d in %.0f ms undisturbed\n", kOldVersion, newVersion, duration);
    REQUIRE(checkBackups(measured, oldState).isEmpty());

    for (int run = 0; run < scenario.runs(); ++run) {
        const QString library = fresh(run);
        // A little past the measured time too, so that some runs finish (upgraded) first.
        const double delay = scenario.delayMs(duration * 1.2);
        const KillOutcome outcome = runAndKill({QStringLiteral("--library"), library, QStringLiteral("list")}, delay);
        INFO(describeRun(run, delay, outcome.killed).toStdString() + "; seed " + std::to_string(scenario.seed()));
        INFO(outcome.err.toStdString());
        QStringList problems;
        int version = -1;
        {
            const RawLibrary raw(library);
            problems << raw.problems();
            version = raw.userVersion();
            scenario.count(QStringLiteral("at version %1").arg(version));
            if (version != kOldVersion && version != newVersion)
                problems << QStringLiteral("left at version %1, between %2 and %3")
                                .arg(version)
                                .arg(kOldVersion)
                                .arg(newVersion);
            // The version number and the tables agree: no step half there.
            if (raw.hasTable(QStringLiteral("search_entries")) != (version >= 2)
                || raw.hasTable(QStringLiteral("changes")) != (version >= 3))
                problems << QStringLiteral("the tables do not match version %1").arg(version);
            if (contentState(raw) != oldState)
                problems << QStringLiteral("the content changed");
        }
        // Upgraded: the backup must be there already. Still old: any backup left must be
        // whole, and Bitext upgrades it now.
        problems << checkBackups(library, oldState, version == newVersion);
        problems << openWithBitext(library, [newVersion](Library &opened) {
            return opened.database().scalar(QStringLiteral("PRAGMA user_version")).toInt() == newVersion
                ? QStringList()
                : QStringList {QStringLiteral("Library::open did not upgrade it")};
        });
        if (version != newVersion)
            problems << checkBackups(library, oldState);
        scenario.finish(outcome.killed, problems);
        QFileInfo(library).absoluteDir().removeRecursively();
    }
}

TEST_CASE("An upgrade that fails at a later step leaves the library at its old version", "[crash][migration][sqlite]")
{
    // The same as a kill between two steps, made certain: an index named `changes`
    // makes step 3 fail after step 2 has run. All the steps are one transaction, so
    // the file stays at version 1, whole, rather than at version 2.
    QTemporaryDir work;
    const QString path = work.filePath(QStringLiteral("old.sqlite"));
    makeStartLibrary(path);
    downgrade(path);
    {
        const QString name = QStringLiteral("crash-block-step-3");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            REQUIRE(QSqlQuery(db).exec(QStringLiteral("CREATE INDEX changes ON documents(title)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    CHECK_THROWS(Library::open(path));
    const RawLibrary raw(path);
    CHECK(raw.problems().isEmpty());
    CHECK(raw.userVersion() == kOldVersion);
    CHECK_FALSE(raw.hasTable(QStringLiteral("search_entries")));
}

TEST_CASE("An upgrade killed while it writes its backup leaves no partial backup", "[crash][migration][sqlite]")
{
    // Random moments seldom fall into the backup, which is short: here the kill comes
    // as soon as the backup's file appears. A partial file under a backup's name would
    // be offered for restoring later as if it were the library before the upgrade.
    KillScenario scenario(QStringLiteral("migration, killed in its backup"), 10);
    QTemporaryDir work;
    const QString old = work.filePath(QStringLiteral("old.sqlite"));
    makeStartLibrary(old, writeBigTranscript(work.filePath(QStringLiteral("long-interview.txt")), 2 * 1024 * 1024));
    downgrade(old);
    QStringList oldState;
    {
        const RawLibrary raw(old);
        oldState = contentState(raw);
    }
    for (int run = 0; run < scenario.runs(); ++run) {
        const QString dir = work.filePath(QStringLiteral("run-%1").arg(run));
        REQUIRE(QDir().mkpath(dir));
        const QString library = dir + QStringLiteral("/library.sqlite");
        copyLibraryFile(old, library);
        const std::unique_ptr<QProcess> process
            = startBitext({QStringLiteral("--library"), library, QStringLiteral("list")});
        REQUIRE(process);
        QElapsedTimer clock;
        clock.start();
        // Any file of the backup, under its name or one it is written under first.
        const auto backupStarted = [&dir] {
            return !QDir(dir).entryList({QStringLiteral("*backup*")}, QDir::Files).isEmpty()
                || !QDir(dir + QStringLiteral("/library.backups")).entryList(QDir::Files).isEmpty();
        };
        while (process->state() == QProcess::Running && !backupStarted() && clock.elapsed() < 60000)
            QThread::usleep(100);
        const bool killed = process->state() == QProcess::Running;
        process->kill();
        process->waitForFinished();
        INFO("run " << run << (killed ? ": killed" : ": finished first"));
        // What the killed process left, before a later upgrade (maybe within the same
        // second, so under the same name) replaces it.
        QStringList problems = checkBackups(library, oldState, false);
        problems << openWithBitext(library) << checkBackups(library, oldState);
        scenario.finish(killed, problems);
    }
}
