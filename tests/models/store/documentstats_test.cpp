// The per-document figures the library list shows (segment count, speakers in order of
// first appearance) are stored (DocumentStats) and stay equal to what an aggregate over
// the segments gives, after every kind of write that changes segments or speakers.
#include "models/core/error.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/documentstats.h"
#include "models/store/librarycopier.h"
#include "models/store/librarymerger.h"
#include "models/store/schemamigrator.h"
#include "models/store/speakerrepository.h"
#include "tests/support/testsupport.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

ParsedDocument talk(const QString &title, const QStringList &speakers)
{
    ParsedDocument p;
    p.document.title = title;
    p.document.format = QStringLiteral("speaker-turns");
    p.document.contentHash = title;
    for (int i = 0; i < speakers.size(); ++i) {
        Segment s;
        s.speaker = speakers.at(i);
        s.zh = QStringLiteral("第%1句。").arg(i);
        s.en = QStringLiteral("Line %1.").arg(i);
        p.segments << s;
    }
    return p;
}

const QStringList kTurns
    = {QStringLiteral("Host"), QStringLiteral("Guest"), QStringLiteral("Host"), QStringLiteral("Guest")};

// What list() shows, one line per document: "title: count [speakers]".
QString listed(Library &library)
{
    QStringList lines;
    for (const DocumentSummary &s : library.documents().list())
        lines << QStringLiteral("%1: %2 [%3]")
                     .arg(s.document.title)
                     .arg(s.segmentCount)
                     .arg(s.speakers.join(QLatin1Char(',')));
    return lines.join(QLatin1Char('\n'));
}

// The same figures aggregated over the segments, as list() computed them before they
// were stored.
QString aggregated(Library &library)
{
    Database &db = library.database();
    QStringList lines;
    QSqlQuery documents = db.exec(QStringLiteral("SELECT id, title FROM documents ORDER BY id"));
    while (documents.next()) {
        const qint64 id = documents.value(0).toLongLong();
        const int count
            = db.scalar(QStringLiteral("SELECT count(*) FROM segments WHERE document_id = ?"), {id}).toInt();
        QStringList speakers;
        QSqlQuery q = db.exec(QStringLiteral("SELECT sp.name, min(s.ordinal) AS first FROM segments s "
                                             "JOIN speakers sp ON sp.id = s.speaker_id WHERE s.document_id = ? "
                                             "GROUP BY sp.name ORDER BY first"),
            {id});
        while (q.next())
            speakers << q.value(0).toString();
        lines << QStringLiteral("%1: %2 [%3]")
                     .arg(documents.value(1).toString())
                     .arg(count)
                     .arg(speakers.join(QLatin1Char(',')));
    }
    return lines.join(QLatin1Char('\n'));
}

qint64 speaker(Library &library, const QString &name)
{
    const auto found = library.speakers().findByName(name);
    REQUIRE(found);
    return found->id;
}

QList<qint64> segmentIds(Library &library, qint64 documentId)
{
    QList<qint64> ids;
    for (const Segment &s : library.documents().segments(documentId))
        ids << s.id;
    return ids;
}

int storedRows(Library &library, const char *table)
{
    return library.database().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
}

} // namespace

TEST_CASE("Stored document figures follow imports, replacements and removals", "[store][stats]")
{
    test::TemporaryLibrary lib;
    const qint64 a = lib->documents().insert(talk(QStringLiteral("A"), kTurns));
    lib->documents().insert(talk(QStringLiteral("B"), {QStringLiteral("Guest"), QString(), QStringLiteral("Host")}));
    CHECK(listed(*lib) == QStringLiteral("A: 4 [Host,Guest]\nB: 3 [Guest,Host]"));
    CHECK(listed(*lib) == aggregated(*lib));

    lib->documents().replaceText(a,
        talk(QStringLiteral("A"),
            {QStringLiteral("Moderator"), QStringLiteral("Guest"), QString(), QStringLiteral("Host"),
                QStringLiteral("Guest")}));
    CHECK(listed(*lib) == QStringLiteral("A: 5 [Moderator,Guest,Host]\nB: 3 [Guest,Host]"));
    CHECK(listed(*lib) == aggregated(*lib));

    // Metadata edits keep the figures.
    Document renamed = *lib->documents().find(a);
    renamed.title = QStringLiteral("A2");
    lib->documents().updateMetadata(renamed);
    CHECK(listed(*lib) == QStringLiteral("A2: 5 [Moderator,Guest,Host]\nB: 3 [Guest,Host]"));

    lib->documents().remove(a);
    CHECK(listed(*lib) == QStringLiteral("B: 3 [Guest,Host]"));
    CHECK(storedRows(*lib, "document_stats") == 1);
    CHECK(storedRows(*lib, "document_speakers") == 2);

    lib.reopen();
    CHECK(listed(*lib) == QStringLiteral("B: 3 [Guest,Host]"));
}

TEST_CASE("Stored document figures follow speaker assignment, merge, rename, removal and their undo", "[store][stats]")
{
    test::TemporaryLibrary lib;
    const qint64 a = lib->documents().insert(talk(QStringLiteral("A"), kTurns));
    lib->documents().insert(talk(QStringLiteral("B"), {QStringLiteral("Guest"), QStringLiteral("Host")}));
    const QList<qint64> segments = segmentIds(*lib, a);
    SpeakerRepository &speakers = lib->speakers();

    // Assignment (AssignSpeakerCommand) and its undo.
    const qint64 moderator = speakers.create(QStringLiteral("Moderator"));
    const QHash<qint64, qint64> previous = speakers.assign({segments.at(0), segments.at(2)}, moderator);
    CHECK(listed(*lib) == QStringLiteral("A: 4 [Moderator,Guest]\nB: 2 [Guest,Host]"));
    speakers.restoreAssignment(previous);
    CHECK(listed(*lib) == QStringLiteral("A: 4 [Host,Guest]\nB: 2 [Guest,Host]"));
    speakers.assign({segments.at(1)}, 0); // no speaker
    CHECK(listed(*lib) == QStringLiteral("A: 4 [Host,Guest]\nB: 2 [Guest,Host]"));
    speakers.assign({segments.at(0)}, 0);
    CHECK(listed(*lib) == QStringLiteral("A: 4 [Host,Guest]\nB: 2 [Guest,Host]"));
    CHECK(listed(*lib) == aggregated(*lib));
    speakers.assign({segments.at(0), segments.at(1)}, speaker(*lib, QStringLiteral("Guest")));
    CHECK(listed(*lib) == QStringLiteral("A: 4 [Guest,Host]\nB: 2 [Guest,Host]"));

    // A rename shows at once: the figures hold ids, the names are joined when read.
    const qint64 guest = speaker(*lib, QStringLiteral("Guest"));
    speakers.rename(guest, QStringLiteral("Visitor"));
    CHECK(listed(*lib) == QStringLiteral("A: 4 [Visitor,Host]\nB: 2 [Visitor,Host]"));

    // Merge (MergeSpeakersCommand) and its undo: the speaker back, then its segments.
    const Speaker visitor = *speakers.find(guest);
    const qint64 host = speaker(*lib, QStringLiteral("Host"));
    QHash<qint64, qint64> merged;
    for (qint64 segment : speakers.segmentsOf(guest))
        merged.insert(segment, guest);
    speakers.merge(guest, host);
    CHECK(listed(*lib) == QStringLiteral("A: 4 [Host]\nB: 2 [Host]"));
    speakers.restore(visitor);
    speakers.restoreAssignment(merged);
    CHECK(listed(*lib) == QStringLiteral("A: 4 [Visitor,Host]\nB: 2 [Visitor,Host]"));

    speakers.remove(host);
    CHECK(listed(*lib) == QStringLiteral("A: 4 [Visitor]\nB: 2 [Visitor]"));
    CHECK(listed(*lib) == aggregated(*lib));

    // A write that fails leaves the figures as they were, with the rest of it.
    CHECK_THROWS_AS(speakers.assign({segments.at(3), -1}, moderator), Error);
    CHECK(listed(*lib) == QStringLiteral("A: 4 [Visitor]\nB: 2 [Visitor]"));
    CHECK(listed(*lib) == aggregated(*lib));
}

TEST_CASE("Copying and merging libraries store the copied documents' figures", "[store][stats]")
{
    test::TemporaryLibrary source;
    source->documents().insert(talk(QStringLiteral("A"), kTurns));
    source->documents().insert(talk(QStringLiteral("B"), {QStringLiteral("Guest"), QStringLiteral("Narrator")}));

    test::TemporaryLibrary copy;
    LibraryCopier::copy(*source, *copy);
    CHECK(listed(*copy) == QStringLiteral("A: 4 [Host,Guest]\nB: 2 [Guest,Narrator]"));
    CHECK(listed(*copy) == aggregated(*copy));

    test::TemporaryLibrary destination;
    destination->documents().insert(talk(QStringLiteral("C"), {QStringLiteral("Narrator")}));
    destination->documents().insert(talk(QStringLiteral("A"), kTurns)); // the same document: matched
    LibraryMerger::merge(*source, *destination);
    CHECK(listed(*destination) == QStringLiteral("C: 1 [Narrator]\nA: 4 [Host,Guest]\nB: 2 [Guest,Narrator]"));
    CHECK(listed(*destination) == aggregated(*destination));
}

TEST_CASE("Upgrading a library of schema version 3 stores its documents' figures", "[store][stats]")
{
    test::TemporaryLibrary lib;
    lib->documents().insert(talk(QStringLiteral("A"), kTurns));
    lib->documents().insert(talk(QStringLiteral("B"), {QStringLiteral("Guest"), QString()}));
    lib->documents().insert(talk(QStringLiteral("Empty"), {}));
    const QString expected = listed(*lib);
    REQUIRE(expected == QStringLiteral("A: 4 [Host,Guest]\nB: 2 [Guest]\nEmpty: 0 []"));

    // Back to what version 3 had: no figures, and that version number.
    {
        Database &db = lib->database();
        Transaction tx(db);
        db.exec(QStringLiteral("DROP TABLE document_speakers"));
        db.exec(QStringLiteral("DROP TABLE document_stats"));
        db.dialect().setSchemaVersion(db, 3);
        tx.commit();
    }
    lib.reopen();
    CHECK(SchemaMigrator(lib->database()).version() == SchemaMigrator::currentVersion());
    CHECK(listed(*lib) == expected);
    CHECK(storedRows(*lib, "document_stats") == 3);
    CHECK(storedRows(*lib, "document_speakers") == 3);
}

TEST_CASE("The list reads the stored figures, not an aggregate over segments", "[store][stats]")
{
    test::TemporaryLibrary lib;
    const qint64 a = lib->documents().insert(talk(QStringLiteral("A"), kTurns));
    // Figures made to differ from the segments on purpose: list() shows them, so it
    // cannot be counting segments; a refresh puts them right.
    lib->database().exec(QStringLiteral("UPDATE document_stats SET segment_count = 99 WHERE document_id = ?"), {a});
    CHECK(listed(*lib) == QStringLiteral("A: 99 [Host,Guest]"));
    CHECK(lib->documents().summaries({a}).value(0).segmentCount == 99);
    DocumentStats(lib->database()).refresh(a);
    CHECK(listed(*lib) == QStringLiteral("A: 4 [Host,Guest]"));
}
