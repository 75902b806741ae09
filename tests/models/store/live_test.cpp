// Several people at once: what one connection commits reaches the others' views
// (LibraryWatcher) within two seconds, on SQLite through data_version and the changes
// log, on PostgreSQL through LISTEN/NOTIFY; never what was rolled back, never a
// connection's own writes as someone else's.
#include "models/store/annotationrepository.h"
#include "models/store/changecodec.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/librarywatcher.h"
#include "models/store/notificationlistener.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"
#include "tests/models/annotate/annotatefixture.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>
#include <vector>

using namespace bitext;
using bitext::test::TemporaryLibrary;
using bitext::test::waitFor;

namespace {

// A new highlight of the talk's first words.
Annotation highlight(Library &library, qint64 documentId, const QString &author = {})
{
    Annotation a = test::annotationOn(library, documentId, 0, QStringLiteral("欢迎"));
    a.author = author;
    return a;
}

// What one library announced, local and remote apart.
struct Heard
{
    explicit Heard(Library &library)
    {
        QObject::connect(&library, &Library::changed, &library, [this](const ChangeList &changes, bool remote) {
            (remote ? others : own) << changes;
            if (remote)
                ++remoteBatches;
        });
    }
    int count(Change::Kind kind, Change::Op op) const
    {
        return int(std::count_if(
            others.cbegin(), others.cend(), [&](const Change &c) { return c.kind == kind && c.op == op; }));
    }
    ChangeList own;
    ChangeList others;
    int remoteBatches = 0;
};

// A second connection to the same library, with its watcher (short intervals: tests).
struct Peer
{
    explicit Peer(const QString &location)
        : library(Library::open(location))
        , watcher(library.get())
        , heard(*library)
    {
        watcher.setInterval(200);
    }
    std::unique_ptr<Library> library;
    LibraryWatcher watcher;
    Heard heard;
};

} // namespace

TEST_CASE("Change codes and payloads survive the trip and the size limit", "[live]")
{
    const ChangeList changes {{Change::Kind::Annotation, Change::Op::Inserted, 12, 3},
        {Change::Kind::Tag, Change::Op::Removed, 7, 0}, {Change::Kind::Note, Change::Op::Reset, 0, 9}};
    const QStringList one = ChangeCodec::encodePayloads(QStringLiteral("me"), changes, 7900, 8);
    REQUIRE(one.size() == 1);
    CHECK(one.first() == QStringLiteral("me ai12:3 tr7:0 nx0:9"));
    const ChangeCodec::Payload back = ChangeCodec::decodePayload(one.first());
    CHECK(back.client == QStringLiteral("me"));
    CHECK(back.changes == changes);
    CHECK(back.complete);
    // A change of a kind this build does not know (a newer writer's): incomplete.
    CHECK_FALSE(ChangeCodec::decodePayload(QStringLiteral("me zz1:2 ai12:3")).complete);

    // 2,000 changes: split under the limit, or collapsed into resets when too many.
    ChangeList many;
    for (int i = 1; i <= 2000; ++i)
        many << Change {Change::Kind::Annotation, Change::Op::Inserted, i, 1 + i % 3};
    const QStringList split = ChangeCodec::encodePayloads(QStringLiteral("me"), many, 7900, 8);
    CHECK(split.size() > 1);
    ChangeList joined;
    for (const QString &payload : split) {
        CHECK(payload.toUtf8().size() <= 7900);
        joined << ChangeCodec::decodePayload(payload).changes;
    }
    CHECK(joined == many);
    const QStringList collapsed = ChangeCodec::encodePayloads(QStringLiteral("me"), many, 7900, 2);
    REQUIRE(collapsed.size() == 1);
    CHECK(ChangeCodec::decodePayload(collapsed.first()).changes
        == ChangeList {{Change::Kind::Annotation, Change::Op::Reset, 0, 2},
            {Change::Kind::Annotation, Change::Op::Reset, 0, 3}, {Change::Kind::Annotation, Change::Op::Reset, 0, 1}});
}

TEST_CASE("A write on one connection reaches another as remote within two seconds, never itself", "[live]")
{
    TemporaryLibrary a;
    LibraryWatcher ownWatcher(&*a);
    ownWatcher.setInterval(200);
    Heard ownHeard(*a);
    Peer b(a.path());

    const qint64 documentId = test::insertTalk(*a);
    const qint64 annotationId = a->annotations().create(highlight(*a, documentId));
    const qint64 tagId = a->tags().create(0, QStringLiteral("方法"));
    const qint64 speakerId = a->speakers().create(QStringLiteral("主持人"));
    const ChangeList expected = ownHeard.own;
    REQUIRE(expected.size() >= 4);
    CHECK(expected.contains(Change {Change::Kind::Annotation, Change::Op::Inserted, annotationId, documentId}));
    CHECK(expected.contains(Change {Change::Kind::Tag, Change::Op::Inserted, tagId, 0}));
    CHECK(expected.contains(Change {Change::Kind::Speaker, Change::Op::Inserted, speakerId, 0}));

    REQUIRE(waitFor([&] { return b.heard.others.size() >= expected.size(); }, 2000));
    CHECK(b.heard.others == expected);
    CHECK(b.heard.own.isEmpty());

    // B's writes come back to A, A's own never do.
    b.library->annotations().remove(annotationId);
    REQUIRE(waitFor([&] { return !ownHeard.others.isEmpty(); }, 2000));
    CHECK(ownHeard.others == ChangeList {{Change::Kind::Annotation, Change::Op::Removed, annotationId, documentId}});
    waitFor([] { return false; }, 600);
    CHECK(b.heard.others == expected);

    // How long a change takes to arrive, as the window would wait for it.
    std::vector<qint64> delays;
    for (int i = 0; i < 20; ++i) {
        const int before = int(b.heard.others.size());
        QElapsedTimer clock;
        clock.start();
        a->tags().create(0, QStringLiteral("标签%1").arg(i));
        REQUIRE(waitFor([&] { return b.heard.others.size() > before; }, 2000));
        delays.push_back(clock.elapsed());
    }
    std::sort(delays.begin(), delays.end());
    qInfo("%s: a change reached the other connection in %lld ms (median of 20), at most %lld ms",
        test::testingPostgres() ? "PostgreSQL" : "SQLite", delays[delays.size() / 2], delays.back());
    CHECK(delays[delays.size() / 2] < 2000);
}

TEST_CASE("A batch larger than one notification arrives whole; a bulk write as resets", "[live]")
{
    TemporaryLibrary a;
    Peer b(a.path());
    ChangeList created;
    {
        Transaction tx(a->database());
        for (int i = 0; i < 1200; ++i)
            created << Change {
                Change::Kind::Tag, Change::Op::Inserted, a->tags().create(0, QStringLiteral("标签%1").arg(i)), 0};
        tx.commit();
    }
    REQUIRE(waitFor([&] { return b.heard.others.size() >= created.size(); }, 2000));
    CHECK(b.heard.others == created);

    ChangeList bulk;
    for (int i = 1; i <= ChangeCodec::kLargestBatch + 1; ++i)
        bulk << Change {Change::Kind::Annotation, Change::Op::Updated, i, 1 + i % 2};
    CHECK(ChangeCodec::bounded(bulk)
        == ChangeList {
            {Change::Kind::Annotation, Change::Op::Reset, 0, 2}, {Change::Kind::Annotation, Change::Op::Reset, 0, 1}});
    CHECK(ChangeCodec::bounded(created) == created);
}

TEST_CASE("A rolled back write is never announced elsewhere", "[live]")
{
    TemporaryLibrary a;
    Peer b(a.path());
    {
        Transaction tx(a->database());
        a->tags().create(0, QStringLiteral("草稿"));
        a->speakers().create(QStringLiteral("旁白"));
        // no commit: unwound
    }
    const qint64 kept = a->tags().create(0, QStringLiteral("定稿"));
    REQUIRE(waitFor([&] { return !b.heard.others.isEmpty(); }, 2000));
    waitFor([] { return false; }, 500);
    CHECK(b.heard.others == ChangeList {{Change::Kind::Tag, Change::Op::Inserted, kept, 0}});
}

TEST_CASE("Nothing is announced while the library's own connection is in a transaction", "[live]")
{
    TemporaryLibrary a;
    Peer b(a.path());
    const qint64 tag = a->tags().create(0, QStringLiteral("方法"));
    {
        Transaction tx(b.library->database());
        waitFor([] { return false; }, 1200);
        CHECK(b.heard.others.isEmpty());
        tx.commit();
    }
    REQUIRE(waitFor([&] { return !b.heard.others.isEmpty(); }, 2000));
    CHECK(b.heard.others == ChangeList {{Change::Kind::Tag, Change::Op::Inserted, tag, 0}});
}

TEST_CASE("Log rows pruned before a watcher read them make it re-read everything", "[live][sqlite]")
{
    TemporaryLibrary a;
    Peer b(a.path());
    a->tags().create(0, QStringLiteral("一"));
    a->tags().create(0, QStringLiteral("二"));
    // As pruning would, had B been asleep for ten minutes.
    a->database().exec(QStringLiteral("DELETE FROM changes WHERE id = (SELECT min(id) FROM changes)"));
    REQUIRE(waitFor([&] { return !b.heard.others.isEmpty(); }, 2000));
    CHECK(b.heard.others == ChangeCodec::resetAll());
}

TEST_CASE("Old rows of the changes log are pruned, the newest kept", "[live][sqlite]")
{
    TemporaryLibrary a;
    a->tags().create(0, QStringLiteral("一"));
    a->database().exec(QStringLiteral("UPDATE changes SET at = '2000-01-01T00:00:00.000Z'"));
    // The first batch of a new connection prunes: the old row goes, its own stays.
    auto other = Library::open(a.path());
    other->tags().create(0, QStringLiteral("二"));
    CHECK(a->database().scalar(QStringLiteral("SELECT count(*) FROM changes")).toInt() == 1);
    // Ids keep rising after a prune (SQLite would reuse them past the largest left).
    a->database().exec(QStringLiteral("UPDATE changes SET at = '2000-01-01T00:00:00.000Z'"));
    auto third = Library::open(a.path());
    const qint64 before = a->database().scalar(QStringLiteral("SELECT max(id) FROM changes")).toLongLong();
    third->tags().create(0, QStringLiteral("三"));
    CHECK(a->database().scalar(QStringLiteral("SELECT min(id) FROM changes")).toLongLong() == before + 1);
}

// The writer half of the concurrency test below, run in a child process (this test
// program again, with the hidden tag): BITEXT_WRITER_COUNT annotations on document
// BITEXT_WRITER_DOCUMENT of the library BITEXT_WRITER_LIBRARY, each its own
// transaction, by BITEXT_WRITER_AUTHOR.
TEST_CASE("Concurrency writer", "[.writer]")
{
    const QString location = qEnvironmentVariable("BITEXT_WRITER_LIBRARY");
    if (location.isEmpty())
        return; // an exclusion-only filter ("~[sqlite]", the _pg run) selects hidden tests too
    const auto library = Library::open(location);
    const qint64 documentId = qEnvironmentVariable("BITEXT_WRITER_DOCUMENT").toLongLong();
    const QString author = qEnvironmentVariable("BITEXT_WRITER_AUTHOR");
    const int count = qEnvironmentVariable("BITEXT_WRITER_COUNT").toInt();
    const Annotation a = highlight(*library, documentId, author);
    // Both writers start together, once both are ready.
    const QString go = qEnvironmentVariable("BITEXT_WRITER_GO");
    REQUIRE(waitFor([&] { return QFileInfo::exists(go); }, 30000));
    for (int i = 0; i < count; ++i)
        library->annotations().create(a);
}

TEST_CASE("Two processes write 500 annotations each at once; a third connection hears all 1,000", "[live][concurrency]")
{
    constexpr int kEach = 500;
    TemporaryLibrary lib;
    const qint64 documentId = test::insertTalk(*lib);
    Peer observer(lib.path());
    const QString go = lib.dir() + QStringLiteral("/go");

    std::vector<std::unique_ptr<QProcess>> writers;
    for (const QString &author : {QStringLiteral("甲 Writer A"), QStringLiteral("乙 Writer B")}) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BITEXT_WRITER_LIBRARY"), lib.path());
        env.insert(QStringLiteral("BITEXT_WRITER_DOCUMENT"), QString::number(documentId));
        env.insert(QStringLiteral("BITEXT_WRITER_AUTHOR"), author);
        env.insert(QStringLiteral("BITEXT_WRITER_COUNT"), QString::number(kEach));
        env.insert(QStringLiteral("BITEXT_WRITER_GO"), go);
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationFilePath(), {QStringLiteral("[writer]")});
        REQUIRE(process->waitForStarted());
        writers.push_back(std::move(process));
    }
    QThread::msleep(300); // both open the library
    QFile(go).open(QIODevice::WriteOnly);
    // The event loop keeps running meanwhile: the observer hears while they write.
    REQUIRE(waitFor(
        [&] {
            return std::all_of(writers.cbegin(), writers.cend(),
                [](const std::unique_ptr<QProcess> &p) { return p->state() == QProcess::NotRunning; });
        },
        300000));
    for (const auto &process : writers) {
        INFO(process->readAllStandardOutput().toStdString());
        CHECK(process->exitStatus() == QProcess::NormalExit);
        CHECK(process->exitCode() == 0);
    }

    QSqlQuery q = lib->database().exec(
        QStringLiteral("SELECT author, count(*) FROM annotations GROUP BY author ORDER BY author"));
    QStringList counts;
    while (q.next())
        counts << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
    CHECK(counts == QStringList {QStringLiteral("乙 Writer B=500"), QStringLiteral("甲 Writer A=500")});
    // How often the writer changed from one commit to the next: they wrote at once.
    QSqlQuery order = lib->database().exec(QStringLiteral("SELECT author FROM annotations ORDER BY id"));
    QString previous;
    int turns = 0;
    while (order.next()) {
        turns += order.value(0).toString() != previous ? 1 : 0;
        previous = order.value(0).toString();
    }
    qInfo("%s: the two writers took %d turns", test::testingPostgres() ? "PostgreSQL" : "SQLite", turns);

    CHECK(waitFor(
        [&] { return observer.heard.count(Change::Kind::Annotation, Change::Op::Inserted) >= 2 * kEach; }, 5000));
    CHECK(observer.heard.count(Change::Kind::Annotation, Change::Op::Inserted) == 2 * kEach);
    CHECK(observer.heard.count(Change::Kind::Annotation, Change::Op::Reset) == 0);
}

TEST_CASE("A dropped listening connection is noticed, reopened, and hears again", "[live]")
{
    if (!test::testingPostgres())
        return; // LISTEN connections are PostgreSQL's
    TemporaryLibrary a;
    Peer b(a.path());
    NotificationListener *listener = b.watcher.listener();
    REQUIRE(listener);
    REQUIRE(listener->isListening());
    QStringList events;
    QObject::connect(
        &b.watcher, &LibraryWatcher::connectionLost, [&](const QString &) { events << QStringLiteral("lost"); });
    QObject::connect(&b.watcher, &LibraryWatcher::connectionRestored, [&] { events << QStringLiteral("restored"); });

    const qint64 pid = listener->backendPid();
    REQUIRE(pid > 0);
    test::PostgresServer::instance().adminExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
    REQUIRE(waitFor([&] { return events == QStringList {QStringLiteral("lost"), QStringLiteral("restored")}; }, 10000));
    CHECK(listener->isListening());
    CHECK(listener->backendPid() != pid);
    // Whatever was committed while it was away is unknown: everything is re-read.
    CHECK(b.heard.others == ChangeCodec::resetAll());

    const qint64 tag = a->tags().create(0, QStringLiteral("重连"));
    REQUIRE(waitFor([&] { return b.heard.others.size() > ChangeCodec::resetAll().size(); }, 2000));
    CHECK(b.heard.others.last() == Change {Change::Kind::Tag, Change::Op::Inserted, tag, 0});
}
