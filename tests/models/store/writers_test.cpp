// Concurrent writers wait for each other instead of failing with "database is locked":
// every connection has a busy timeout, and a write transaction takes the lock up front.
#include "models/core/error.h"
#include "models/store/database.h"
#include "tests/support/testsupport.h"

#include <QThread>

#include <atomic>
#include <catch2/catch.hpp>

using namespace bitext;

TEST_CASE("Every connection waits several seconds for another writer", "[sqlite][store][writers]")
{
    test::TemporaryLibrary lib;
    CHECK(lib->database().scalar(QStringLiteral("PRAGMA busy_timeout")).toInt() >= 5000);
}

TEST_CASE(
    "A transaction that reads and then writes succeeds while another connection keeps writing", "[store][writers]")
{
    test::TemporaryLibrary lib;
    std::atomic_bool stop {false};
    std::atomic_int otherWrites {0};
    QString otherError;
    // Another connection (its own thread, as another process would be) writing all along.
    QThread *other = QThread::create([&] {
        try {
            const auto library = Library::open(lib.path());
            for (int i = 0; !stop; ++i) {
                Transaction tx(library->database());
                library->database().exec(
                    QStringLiteral("INSERT INTO tags (name) VALUES (?)"), {QStringLiteral("other-%1").arg(i)});
                tx.commit();
                ++otherWrites;
            }
        } catch (const Error &e) {
            otherError = e.message();
        }
    });
    other->start();
    REQUIRE(test::waitFor([&] { return otherWrites > 0 || !otherError.isEmpty(); }, 10000));

    // Read, let the other connection commit in between, then write: with a deferred
    // BEGIN the write fails at once (its snapshot is stale); IMMEDIATE waits its turn.
    QStringList failures;
    Database &db = lib->database();
    for (int i = 0; i < 20; ++i) {
        try {
            Transaction tx(db);
            const int before = db.scalar(QStringLiteral("SELECT count(*) FROM tags")).toInt();
            QThread::msleep(10);
            db.exec(QStringLiteral("INSERT INTO tags (name) VALUES (?)"), {QStringLiteral("mine-%1").arg(i)});
            CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM tags")).toInt() == before + 1);
            tx.commit();
        } catch (const Error &e) {
            failures << e.message();
        }
        QThread::msleep(10);
    }
    stop = true;
    other->wait();
    delete other;
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
    CHECK(otherError.isEmpty());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM tags WHERE name LIKE 'mine-%'")).toInt() == 20);
}
