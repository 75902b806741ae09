// Several people on one library: who and when on every edit, conflicting saves of a
// note or a highlight (the later writer wins, the other text is kept), and writes
// retried when another writer or the network got in the way. Two Library objects
// on the same file or server database are two people.
#include "models/core/error.h"
#include "models/store/annotationrepository.h"
#include "models/store/connectionsettings.h"
#include "models/store/database.h"
#include "models/store/noterepository.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"
#include "tests/models/annotate/annotatefixture.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testsupport.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace bitext;
using bitext::test::TemporaryLibrary;

namespace {

// Anna's window (the fixture's library) and Ben's (a second connection to it).
struct TwoPeople
{
    TwoPeople()
        : ben(Library::open(lib.path()))
    {
        lib->setAuthor(QStringLiteral("Anna"));
        ben->setAuthor(QStringLiteral("Ben"));
        documentId = test::insertTalk(*lib);
    }
    Library &anna() { return *lib; }
    TemporaryLibrary lib;
    std::unique_ptr<Library> ben;
    qint64 documentId = 0;
};

// Holds the library's write lock on a connection of its own, in another thread, for
// holdMs: what another person's long write looks like to this one.
class LockHolder
{
public:
    LockHolder(const QString &location, int holdMs)
        : m_thread([this, location, holdMs] {
            auto other = Library::open(location);
            other->database().begin();
            m_holding = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(holdMs));
            other->database().commit();
        })
    {
        while (!m_holding)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ~LockHolder() { m_thread.join(); }

private:
    std::atomic<bool> m_holding {false};
    std::thread m_thread;
};

// Makes this connection give up waiting for another writer after a moment instead
// of the usual 30 s, so that a test sees the retries.
void shortLockWait(Library &library)
{
    if (test::testingPostgres())
        library.database().exec(QStringLiteral("SET lock_timeout = 150"));
    else
        library.database().scalar(QStringLiteral("PRAGMA busy_timeout = 150"));
}

} // namespace

TEST_CASE("Every edit records who made it, who changed it last, when, and a version", "[edits]")
{
    TwoPeople people;
    Library &anna = people.anna();
    Library &ben = *people.ben;

    Annotation a = test::annotationOn(anna, people.documentId, 1, QStringLiteral("对齐"));
    a.author = anna.author(); // as the window and `bitext annotate` name the user
    const qint64 id = anna.annotations().create(a);
    Annotation created = *anna.annotations().find(id);
    CHECK(created.author == QStringLiteral("Anna"));
    CHECK(created.modifiedBy == QStringLiteral("Anna"));
    CHECK(created.version == 1);
    CHECK(created.created.isValid());

    Annotation seen = *ben.annotations().find(id);
    seen.color = QColor(Qt::red);
    CHECK(ben.annotations().update(seen).version == 2);
    const Annotation changed = *anna.annotations().find(id);
    CHECK(changed.author == QStringLiteral("Anna"));
    CHECK(changed.modifiedBy == QStringLiteral("Ben"));
    CHECK(changed.version == 2);
    CHECK(changed.modified >= created.modified);
    CHECK(anna.annotations().setTags(id, {anna.tags().ensurePath(QStringLiteral("Risk"))}).version == 3);
    CHECK(ben.annotations().find(id)->modifiedBy == QStringLiteral("Anna"));

    anna.notes().setAnnotationNote(id, QStringLiteral("first"));
    ben.notes().setAnnotationNote(id, QStringLiteral("second"));
    const Note note = *anna.notes().forAnnotation(id);
    CHECK(note.author == QStringLiteral("Anna"));
    CHECK(note.modifiedBy == QStringLiteral("Ben"));
    CHECK(note.version == 2);

    const qint64 tagId = anna.tags().ensurePath(QStringLiteral("Method"));
    Tag tag = *ben.tags().find(tagId);
    CHECK(tag.author == QStringLiteral("Anna"));
    CHECK(tag.version == 1);
    tag.description = QStringLiteral("How it was done");
    ben.tags().update(tag);
    CHECK(anna.tags().find(tagId)->modifiedBy == QStringLiteral("Ben"));
    CHECK(anna.tags().find(tagId)->version == 2);

    const qint64 speakerId = anna.speakers().findByName(QStringLiteral("Guest"))->id;
    ben.speakers().rename(speakerId, QStringLiteral("Jan"));
    const Speaker speaker = *anna.speakers().find(speakerId);
    CHECK(speaker.modifiedBy == QStringLiteral("Ben"));
    CHECK(speaker.version == 2);
    CHECK(speaker.modified.isValid());

    // Undoing a delete brings the row back as it was, not as a new edit.
    const Annotation before = *anna.annotations().find(id);
    ben.annotations().remove(id);
    ben.annotations().restore(before);
    const Annotation restored = *anna.annotations().find(id);
    CHECK(restored.author == before.author);
    CHECK(restored.modifiedBy == before.modifiedBy);
    CHECK(restored.version == before.version);
    CHECK(restored.modified == before.modified);
}

TEST_CASE("Two people save the same note: the later text wins and the other is kept below it", "[edits][conflict]")
{
    TwoPeople people;
    Library &anna = people.anna();
    Library &ben = *people.ben;
    const qint64 id = anna.annotations().create(test::annotationOn(anna, people.documentId, 1, QStringLiteral("对齐")));
    anna.notes().setAnnotationNote(id, QStringLiteral("Shared start"));

    const int annaRead = anna.notes().forAnnotation(id)->version;
    const int benRead = ben.notes().forAnnotation(id)->version;
    CHECK_FALSE(anna.notes().setAnnotationNote(id, QStringLiteral("Anna's *reading*"), annaRead).conflict);
    const WriteResult result = ben.notes().setAnnotationNote(id, QStringLiteral("Ben's reading"), benRead);

    REQUIRE(result.conflict);
    CHECK(result.conflict->otherAuthor == QStringLiteral("Anna"));
    CHECK(result.conflict->noteMessage().contains(QStringLiteral("Anna")));
    const Note note = *anna.notes().forAnnotation(id);
    CHECK(note.body.startsWith(QStringLiteral("Ben's reading\n\n> **Anna's version (")));
    CHECK(note.body.contains(QStringLiteral("replaced by Ben:**\n> Anna's *reading*")));
    CHECK(note.version == result.version);
    CHECK(note.modifiedBy == QStringLiteral("Ben"));

    // A note Anna created after Ben saw none is kept the same way.
    anna.notes().setDocumentNote(people.documentId, QStringLiteral("Anna's summary"), 0);
    const WriteResult second = ben.notes().setDocumentNote(people.documentId, QStringLiteral("Ben's summary"), 0);
    REQUIRE(second.conflict);
    const QString body = ben.notes().forDocument(people.documentId)->body;
    CHECK(body.startsWith(QStringLiteral("Ben's summary")));
    CHECK(body.contains(QStringLiteral("> Anna's summary")));
}

TEST_CASE(
    "Two people recolour the same highlight: the later colour wins, the other is kept in its note", "[edits][conflict]")
{
    TwoPeople people;
    Library &anna = people.anna();
    Library &ben = *people.ben;
    const qint64 id = anna.annotations().create(test::annotationOn(anna, people.documentId, 1, QStringLiteral("对齐")));
    anna.notes().setAnnotationNote(id, QStringLiteral("Why it matters"));

    Annotation annaCopy = *anna.annotations().find(id);
    Annotation benCopy = *ben.annotations().find(id);
    annaCopy.color = QColor(QStringLiteral("#ff0000"));
    CHECK_FALSE(anna.annotations().update(annaCopy).conflict);
    benCopy.color = QColor(QStringLiteral("#0000ff"));
    const WriteResult result = ben.annotations().update(benCopy);

    REQUIRE(result.conflict);
    CHECK(result.conflict->otherAuthor == QStringLiteral("Anna"));
    const Annotation stored = *anna.annotations().find(id);
    CHECK(stored.color == QColor(QStringLiteral("#0000ff")));
    CHECK(stored.version == result.version);
    const QString note = anna.notes().forAnnotation(id)->body;
    CHECK(note.startsWith(QStringLiteral("Why it matters\n\n> **Anna's version (")));
    CHECK(note.contains(QStringLiteral("#ff0000")));

    // Tags changed on both sides: Ben's win, Anna's are named in the note.
    const qint64 risk = anna.tags().ensurePath(QStringLiteral("Risk"));
    const qint64 method = anna.tags().ensurePath(QStringLiteral("Method"));
    const int seen = ben.annotations().find(id)->version;
    anna.annotations().setTags(id, {risk}, seen);
    CHECK(ben.annotations().setTags(id, {method}, seen).conflict);
    CHECK(anna.annotations().find(id)->tagIds == QList<qint64> {method});
    CHECK(anna.notes().forAnnotation(id)->body.contains(QStringLiteral("Risk")));
}

TEST_CASE("A write waits out another writer's lock by retrying", "[edits][retry]")
{
    TemporaryLibrary lib;
    const qint64 documentId = test::insertTalk(*lib);
    shortLockWait(*lib);
    {
        LockHolder holder(lib.path(), 600);
        // One attempt gives up after the short wait...
        CHECK_THROWS_AS(lib->database().begin(), DatabaseError);
        // ...the retried write gets through once the other writer is done.
        CHECK_NOTHROW(lib->notes().setDocumentNote(documentId, QStringLiteral("after the wait")));
    }
    CHECK(lib->notes().forDocument(documentId)->body == QStringLiteral("after the wait"));
}

TEST_CASE("A server connection that was cut is opened again for the next write", "[edits][retry]")
{
    if (!test::testingPostgres())
        return; // a file does not hang up
    TwoPeople people;
    Library &anna = people.anna();
    anna.notes().setDocumentNote(people.documentId, QStringLiteral("before"));
    const qint64 pid = anna.database().scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    CHECK(people.ben->database().scalar(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}).toBool());

    CHECK_NOTHROW(anna.notes().setDocumentNote(people.documentId, QStringLiteral("after")));
    CHECK(people.ben->notes().forDocument(people.documentId)->body == QStringLiteral("after"));
    CHECK(anna.database().scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong() != pid);
}

TEST_CASE("A write whose connection cannot be opened again says that nothing was saved", "[edits][retry]")
{
    if (!test::testingPostgres())
        return;
    TemporaryLibrary lib;
    const qint64 documentId = test::insertTalk(*lib);
    const QString database = ConnectionSettings::fromUrl(lib.path()).database;
    test::PostgresServer &server = test::PostgresServer::instance();
    const qint64 pid = lib->database().scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    server.adminExec(QStringLiteral("ALTER DATABASE \"%1\" CONNECTION LIMIT 0").arg(database));
    server.adminExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));

    QString message;
    try {
        lib->notes().setDocumentNote(documentId, QStringLiteral("lost"));
    } catch (const Error &error) {
        message = error.message();
    }
    CHECK(message.contains(QStringLiteral("nothing of this edit was saved")));
    CHECK(message.contains(QStringLiteral("tried again")));

    server.adminExec(QStringLiteral("ALTER DATABASE \"%1\" CONNECTION LIMIT -1").arg(database));
    CHECK_NOTHROW(lib->notes().setDocumentNote(documentId, QStringLiteral("saved after all")));
    CHECK(lib->notes().forDocument(documentId)->body == QStringLiteral("saved after all"));
}

TEST_CASE("A write that a deadlock picked as its victim is run again and gets through", "[edits][retry]")
{
    if (!test::testingPostgres())
        return; // SQLite has one writer at a time: no deadlock
    TemporaryLibrary lib;
    const qint64 documentId = test::insertTalk(*lib);
    lib->notes().setDocumentNote(documentId, QStringLiteral("start"));
    const qint64 noteId = lib->notes().forDocument(documentId)->id;

    // Another client locks the note's row, then (while this one, holding the library's
    // write lock, waits for that row) asks for the write lock: a deadlock, which the
    // server breaks by failing this side's transaction, which waited first.
    std::atomic<bool> holding {false};
    std::thread other([&] {
        auto library = Library::open(lib.path());
        Database &db = library->database();
        db.exec(QStringLiteral("BEGIN"));
        db.exec(QStringLiteral("UPDATE notes SET body = 'other' WHERE id = ?"), {noteId});
        holding = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(0x42545854)); // PostgresDialect's write lock
        db.exec(QStringLiteral("COMMIT"));
    });
    while (!holding)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    CHECK_NOTHROW(lib->notes().setDocumentNote(documentId, QStringLiteral("mine")));
    other.join();
    CHECK(lib->notes().forDocument(documentId)->body == QStringLiteral("mine"));
}

TEST_CASE("A write rolled back with its transaction leaves no version that undo would trust", "[edits][undo]")
{
    TwoPeople people;
    Library &anna = people.anna();
    const qint64 id = anna.annotations().create(test::annotationOn(anna, people.documentId, 1, QStringLiteral("对齐")));
    CHECK(anna.ownVersion(Change::Kind::Annotation, id) == 1);

    Annotation a = *anna.annotations().find(id);
    a.color = QColor(Qt::red);
    {
        Transaction outer(anna.database());
        CHECK(anna.annotations().update(a).version == 2);
        // The outer transaction ends without commit (an undo step that failed later).
    }
    CHECK(anna.annotations().find(id)->version == 1);
    CHECK(anna.ownVersion(Change::Kind::Annotation, id) == 1);

    {
        Transaction outer(anna.database());
        anna.annotations().update(a);
        CHECK(anna.ownVersion(Change::Kind::Annotation, id) == 1); // not before the commit
        outer.commit();
    }
    CHECK(anna.ownVersion(Change::Kind::Annotation, id) == 2);
}
