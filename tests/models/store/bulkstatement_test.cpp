// An import writes its rows through BulkStatement: on SQLite SQLite's C API on the
// connection's own handle, on PostgreSQL QSqlQuery. The rows must be exactly those the
// QSqlQuery path (Database::insert with QVariants) writes: the same values, the same
// NULLs and empty strings, the same SQLite storage classes, in the same transaction.
#include "models/core/error.h"
#include "models/store/bulkstatement.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "tests/support/testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

const QString kSegmentInsert = QStringLiteral(
    "INSERT INTO segments (document_id, ordinal, section_id, speaker_id, zh, en, zh_original, en_original, start_ms, "
    "end_ms, source_line, confidence, untranslated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

// Every column of a segment but its id, NULLs shown as such, with each value's SQLite
// storage class (what a QVariant's type decided on the QSqlQuery path).
QString segmentRow(Database &db, qint64 id)
{
    const bool sqlite = db.backend() == Database::Backend::Sqlite;
    QStringList columns = {QStringLiteral("document_id"), QStringLiteral("section_id"), QStringLiteral("speaker_id"),
        QStringLiteral("zh"), QStringLiteral("en"), QStringLiteral("zh_original"), QStringLiteral("en_original"),
        QStringLiteral("start_ms"), QStringLiteral("end_ms"), QStringLiteral("source_line"),
        QStringLiteral("confidence"), QStringLiteral("untranslated")};
    QString select;
    for (const QString &c : std::as_const(columns))
        select += (select.isEmpty() ? QString() : QStringLiteral(", ")) + c
            + (sqlite ? QStringLiteral(", typeof(%1)").arg(c) : QString());
    QSqlQuery q = db.exec(QStringLiteral("SELECT %1 FROM segments WHERE id = ?").arg(select), {id});
    REQUIRE(q.next());
    QStringList row;
    for (int i = 0; i < q.record().count(); ++i)
        row << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
    return row.join(QLatin1Char('|'));
}

ParsedDocument oneSectionDocument()
{
    ParsedDocument p;
    p.document.title = QStringLiteral("Bulk");
    p.document.format = QStringLiteral("speaker-turns");
    p.document.contentHash = QStringLiteral("bulk");
    Section section;
    section.title = QStringLiteral("第一章");
    p.sections << section;
    Segment s;
    s.speaker = QStringLiteral("Host");
    s.zh = QStringLiteral("你好。");
    s.en = QStringLiteral("Hello.");
    s.sectionOrdinal = 0;
    p.segments << s;
    return p;
}

} // namespace

TEST_CASE("BulkStatement stores a segment's values exactly as QSqlQuery binding does", "[bulk]")
{
    test::TemporaryLibrary library;
    Database &db = library->database();
    const qint64 documentId = library->documents().insert(oneSectionDocument());
    const Segment stored = library->documents().segments(documentId).at(0);
    const qint64 sectionId = db.scalar(QStringLiteral("SELECT id FROM sections")).toLongLong();

    struct Values
    {
        QVariant section, speaker;
        QString zh, en;
        QVariant zhOriginal, enOriginal, startMs, endMs;
        int sourceLine;
        QVariant confidence;
        bool untranslated;
    };
    const QList<Values> rows = {
        {nullInt(), nullInt(), QStringLiteral("中文，「引號」"), QStringLiteral("English \"quoted\" — dash"),
            nullText(), QVariant(QStringLiteral("English  \"quoted\"")), nullInt(), nullInt(), 3, nullReal(), false},
        {QVariant(sectionId), QVariant(stored.speakerId), QString(), QStringLiteral(""),
            QVariant(QStringLiteral("　全角")), nullText(), QVariant(qint64(1000)), QVariant(qint64(7200000)), 0,
            QVariant(0.75), true},
        {nullInt(), QVariant(stored.speakerId), QStringLiteral("𠀀 beyond the BMP 🙂"), QString(), nullText(),
            nullText(), QVariant(qint64(0)), QVariant(qint64(-5)), 123456, QVariant(0.0), false},
    };

    db.write([&] {
        BulkStatement bulk(db, kSegmentInsert);
        int ordinal = 10;
        for (const Values &v : rows) {
            // The QSqlQuery path, as DocumentRepository stored segments before.
            const qint64 old = db.insert(kSegmentInsert,
                {documentId, ordinal, v.section, v.speaker, v.zh, v.en, v.zhOriginal, v.enOriginal, v.startMs, v.endMs,
                    v.sourceLine, v.confidence, v.untranslated ? 1 : 0});
            // The same row through BulkStatement.
            bulk.bind(0, documentId);
            bulk.bind(1, ordinal + 1);
            v.section.isNull() ? bulk.bindNull(2, nullInt()) : bulk.bind(2, v.section.toLongLong());
            v.speaker.isNull() ? bulk.bindNull(3, nullInt()) : bulk.bind(3, v.speaker.toLongLong());
            bulk.bind(4, v.zh);
            bulk.bind(5, v.en);
            v.zhOriginal.isNull() ? bulk.bindNull(6, nullText()) : bulk.bind(6, v.zhOriginal.toString());
            v.enOriginal.isNull() ? bulk.bindNull(7, nullText()) : bulk.bind(7, v.enOriginal.toString());
            v.startMs.isNull() ? bulk.bindNull(8, nullInt()) : bulk.bind(8, v.startMs.toLongLong());
            v.endMs.isNull() ? bulk.bindNull(9, nullInt()) : bulk.bind(9, v.endMs.toLongLong());
            bulk.bind(10, v.sourceLine);
            v.confidence.isNull() ? bulk.bindNull(11, nullReal()) : bulk.bind(11, v.confidence.toDouble());
            bulk.bind(12, v.untranslated ? 1 : 0);
            const qint64 fast = bulk.insert();
            CHECK(fast == old + 1);
            CHECK(segmentRow(db, fast) == segmentRow(db, old));
            ordinal += 2;
        }
    });
    // Committed with the write: the rows are there for another connection too.
    library.reopen();
    CHECK(library->database().scalar(QStringLiteral("SELECT count(*) FROM segments")).toInt() == 1 + 2 * rows.size());
}

TEST_CASE("A document's rows written by BulkStatement read back whole", "[bulk]")
{
    test::TemporaryLibrary library;
    ParsedDocument p = oneSectionDocument();
    p.document.mediaPath = QStringLiteral("media/talk.mp3");
    Segment second;
    second.zh = QStringLiteral("第二句");
    second.en = QStringLiteral("Second");
    second.zhOriginal = QStringLiteral("第二句 ");
    second.startMs = 1500;
    second.endMs = 2500;
    second.sourceLine = 7;
    second.confidence = 0.5;
    second.untranslated = true;
    p.segments << second;
    const qint64 id = library->documents().insert(p);
    library.reopen();

    CHECK(library->documents().find(id)->mediaPath == QStringLiteral("media/talk.mp3"));
    const QList<Section> sections = library->documents().sections(id);
    REQUIRE(sections.size() == 1);
    CHECK(sections.at(0).title == QStringLiteral("第一章"));
    const QList<Segment> segments = library->documents().segments(id);
    REQUIRE(segments.size() == 2);
    CHECK(segments.at(0).speaker == QStringLiteral("Host"));
    CHECK(segments.at(0).sectionOrdinal == 0);
    CHECK(segments.at(0).zh == QStringLiteral("你好。"));
    CHECK(!segments.at(0).confidence);
    CHECK(!segments.at(0).untranslated);
    CHECK(!segments.at(0).startMs);
    CHECK(segments.at(1).speakerId == 0);
    CHECK(segments.at(1).sectionOrdinal == -1);
    CHECK(segments.at(1).zhOriginal == QStringLiteral("第二句 "));
    CHECK(segments.at(1).enOriginal.isEmpty());
    CHECK(segments.at(1).startMs == 1500);
    CHECK(segments.at(1).endMs == 2500);
    CHECK(segments.at(1).sourceLine == 7);
    CHECK(segments.at(1).confidence == 0.5);
    CHECK(segments.at(1).untranslated);
    // Both sides of both segments and the title are in the search index.
    CHECK(library->database().scalar(QStringLiteral("SELECT count(*) FROM search_entries")).toInt() == 5);
}

TEST_CASE("A row BulkStatement cannot store fails the write with the database's message", "[bulk]")
{
    test::TemporaryLibrary library;
    Database &db = library->database();
    const QString sql = QStringLiteral("INSERT INTO sections (document_id, ordinal, title, level) VALUES (?, ?, ?, ?)");
    try {
        db.write([&] {
            BulkStatement bulk(db, sql);
            bulk.bind(0, qint64(424242)); // no such document: a foreign key fails
            bulk.bind(1, 0);
            bulk.bind(2, QStringLiteral("Orphan"));
            bulk.bind(3, 1);
            bulk.insert();
        });
        FAIL("the write did not fail");
    } catch (const DatabaseError &e) {
        CHECK(e.message().contains(QStringLiteral("INSERT INTO sections")));
        CHECK(!e.code().isEmpty());
    }
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM sections")).toInt() == 0);
    // The connection is usable afterwards: the statement was reset and finalized.
    library->documents().insert(oneSectionDocument());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM sections")).toInt() == 1);
}
