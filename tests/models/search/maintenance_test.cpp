// The search index that the repositories maintain edit by edit equals the one
// SearchIndex::rebuild() makes from the rows: on SQLite the full-text table keeps no
// text (schema step 5), and a row can only be taken out by giving again the text it
// indexed, so an edit that changed a row before the index read it would leave stale
// postings behind. The index is compared posting by posting (fts5vocab on SQLite,
// the stored folded text on PostgreSQL), and the search results with it.
#include "models/import/importservice.h"
#include "models/search/librarysearch.h"
#include "models/search/searchindex.h"
#include "models/search/searchtokenizer.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/librarycopier.h"
#include "models/store/librarymerger.h"
#include "models/store/noterepository.h"
#include "models/store/schemamigrator.h"
#include "models/store/speakerrepository.h"
#include "models/store/sqldialect.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

const QStringList kQueries {QStringLiteral("对齐"), QStringLiteral("alignment"), QStringLiteral("模型"),
    QStringLiteral("panel"), QStringLiteral("zwiebelschalen"), QStringLiteral("有机"), QStringLiteral("quasar"),
    QStringLiteral("星云"), QStringLiteral("renamed"), QStringLiteral("host"), QStringLiteral("\"reward model\"")};

// Every posting (SQLite) or indexed text (PostgreSQL) with what its entry stands for,
// in an order that does not depend on entry ids (a rebuild renumbers them). Postings
// whose entry is gone show as stale.
QStringList indexState(Library &library)
{
    Database &db = library.database();
    QStringList state;
    QSqlQuery q;
    if (test::testingPostgres()) {
        q = db.exec(
            QStringLiteral("SELECT e.kind, e.owner_id, e.side, e.document_id, t.body, t.rowid FROM search_text t "
                           "FULL JOIN search_entries e ON e.id = t.rowid"));
    } else {
        db.exec(QStringLiteral(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_text, instance)"));
        q = db.exec(QStringLiteral("SELECT e.kind, e.owner_id, e.side, e.document_id, v.term || '@' || v.offset, "
                                   "v.doc FROM temp.search_vocab v LEFT JOIN search_entries e ON e.id = v.doc "
                                   "UNION ALL SELECT kind, owner_id, side, document_id, 'entry', id "
                                   "FROM search_entries"));
    }
    while (q.next()) {
        state << (q.value(0).isNull() ? QStringLiteral("stale %1").arg(q.value(5).toLongLong())
                                      : QStringLiteral("%1/%2/%3/%4")
                                            .arg(q.value(0).toInt())
                                            .arg(q.value(1).toLongLong())
                                            .arg(q.value(2).toString())
                                            .arg(q.value(3).toLongLong()))
                + QLatin1Char(' ') + q.value(4).toString();
    }
    state.sort();
    return state;
}

QStringList results(Library &library)
{
    LibrarySearch search(library.database());
    SearchFilter all;
    all.limit = 100000;
    QStringList lines;
    for (const QString &query : kQueries) {
        for (const SearchResult &r : search.search(query, all))
            lines << QStringLiteral("%1: %2 doc %3 seg %4 ann %5 note %6 %7 [%8] %9")
                         .arg(query, searchSourceName(r.source))
                         .arg(r.documentId)
                         .arg(r.segmentId)
                         .arg(r.annotationId)
                         .arg(r.noteId)
                         .arg(r.side ? sideName(*r.side) : QString(), r.speaker, r.text);
    }
    lines.sort(); // entry ids (the order of hits) differ after a rebuild
    return lines;
}

// The maintained index against the rebuilt one, and search results with them.
void checkIndexAfter(Library &library, const char *edit)
{
    INFO("after " << edit);
    const QStringList maintained = indexState(library);
    const QStringList found = results(library);
    SearchIndex(library.database()).rebuild();
    const QStringList rebuilt = indexState(library);
    CHECK(maintained.size() == rebuilt.size());
    for (int i = 0; i < qMin(maintained.size(), rebuilt.size()); ++i) {
        if (maintained.at(i) != rebuilt.at(i)) {
            CHECK(maintained.at(i).toStdString() == rebuilt.at(i).toStdString());
            break;
        }
    }
    CHECK(results(library) == found);
}

// Segments given as {speaker, zh, en}.
ParsedDocument document(const QString &title, const QList<QStringList> &turns)
{
    ParsedDocument p;
    p.document.title = title;
    p.document.format = QStringLiteral("speaker-turns");
    for (const QStringList &turn : turns) {
        Segment s;
        s.speaker = turn.value(0);
        s.zh = turn.value(1);
        s.en = turn.value(2);
        p.segments << s;
    }
    return p;
}

ParsedDocument panel()
{
    return document(QStringLiteral("Panel 對齊"),
        {{QStringLiteral("Host"), QStringLiteral("我们来谈谈对齐。"), QStringLiteral("Let's talk about alignment.")},
            {QStringLiteral("Yan"), QStringLiteral("對齊研究很重要"), QStringLiteral("Alignment research matters")},
            {QStringLiteral("Host"), QStringLiteral("奖励模型"), QStringLiteral("The reward model")},
            {QStringLiteral("Yan"), QString(), QStringLiteral("Only English here")}});
}

Annotation annotationOn(Library &library, qint64 documentId, int ordinal, const QString &quote)
{
    Annotation a;
    a.documentId = documentId;
    a.side = Side::En;
    a.startSegmentId = library.documents().segments(documentId).at(ordinal).id;
    a.endSegmentId = a.startSegmentId;
    a.endOffset = int(quote.size());
    a.quote = quote;
    return a;
}

void writeTranscript(const QString &path, const QString &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

} // namespace

TEST_CASE("Every kind of edit keeps the index equal to a rebuilt one", "[search][index][maintenance]")
{
    test::TemporaryLibrary lib;
    Library &library = *lib;

    // Import, and re-import of a changed file (replaceText).
    const QString file = lib.dir() + QStringLiteral("/talk.txt");
    writeTranscript(file,
        QStringLiteral(
            "**Host:** 星云和对齐\n**Host:** Nebula and alignment\n**Guest:** 模型很大\n**Guest:** The model "
            "is large\n"));
    ImportService service(library);
    ImportResult imported = service.importFile(file, ImportService::Options());
    REQUIRE_FALSE(imported.failed());
    const qint64 panelId = library.documents().insert(panel());
    checkIndexAfter(library, "import");
    library.notes().setDocumentNote(imported.documentId, QStringLiteral("Quasar 笔记"));
    checkIndexAfter(library, "document note created");
    writeTranscript(file, QStringLiteral("**Host:** 全新的星云\n**Host:** A brand new quasar\n"));
    ImportService::Options replace;
    replace.replace = true;
    imported = service.importFile(file, replace);
    REQUIRE_FALSE(imported.failed());
    checkIndexAfter(library, "re-import");

    // Annotations and notes: create, edit, delete, and the undo of each.
    const qint64 annotationId
        = library.annotations().create(annotationOn(library, panelId, 1, QStringLiteral("Alignment")));
    checkIndexAfter(library, "annotation created");
    Annotation edited = *library.annotations().find(annotationId);
    edited.quote = QStringLiteral("Alignment research");
    edited.endOffset = int(edited.quote.size());
    library.annotations().update(edited);
    checkIndexAfter(library, "annotation edited");
    library.notes().setAnnotationNote(annotationId, QStringLiteral("Compare with **Zwiebelschalen** model"));
    checkIndexAfter(library, "annotation note created");
    library.notes().setAnnotationNote(annotationId, QStringLiteral("有机 alignment, zwiebelschalen"));
    checkIndexAfter(library, "annotation note edited");
    library.notes().setDocumentNote(panelId, QStringLiteral("讨论了有机对齐"));
    library.notes().setDocumentNote(panelId, QStringLiteral("讨论了对齐"));
    checkIndexAfter(library, "document note edited");
    library.notes().setDocumentNote(panelId, QString());
    checkIndexAfter(library, "document note deleted");
    library.notes().setDocumentNote(panelId, QStringLiteral("讨论了对齐")); // its undo
    checkIndexAfter(library, "document note restored");

    const Annotation before = *library.annotations().find(annotationId);
    const QString note = library.notes().forAnnotation(annotationId)->body;
    library.annotations().remove(annotationId); // takes its note with it
    checkIndexAfter(library, "annotation deleted");
    library.annotations().restore(before); // undo: the same id again
    library.notes().setAnnotationNote(annotationId, note);
    checkIndexAfter(library, "annotation delete undone");
    library.annotations().update(before); // undo of the edit: the old quote
    checkIndexAfter(library, "annotation edit undone");

    // The speaker is not indexed, but results name it.
    library.speakers().rename(library.speakers().resolve(QStringLiteral("Host")), QStringLiteral("Moderator"));
    checkIndexAfter(library, "speaker renamed");

    // The document's title, and its undo.
    Document renamed = *library.documents().find(panelId);
    const Document original = renamed;
    renamed.title = QStringLiteral("Renamed panel");
    library.documents().updateMetadata(renamed);
    checkIndexAfter(library, "title edited");
    library.documents().updateMetadata(original);
    checkIndexAfter(library, "title edit undone");

    // A document deleted, with annotations and notes, and the undo (DeleteDocumentsCommand).
    const QList<Annotation> annotations = library.annotations().list(panelId);
    const QList<Note> notes = library.notes().annotationNotes(panelId);
    library.documents().remove(panelId);
    checkIndexAfter(library, "document deleted");
    const qint64 back = library.documents().insert(panel());
    for (Annotation a : annotations) {
        a.documentId = back;
        a.startSegmentId = library.documents().segments(back).at(a.startSegmentOrdinal).id;
        a.endSegmentId = library.documents().segments(back).at(a.endSegmentOrdinal).id;
        library.annotations().restore(a);
    }
    for (const Note &n : notes)
        library.notes().setAnnotationNote(n.annotationId, n.body);
    checkIndexAfter(library, "document delete undone");

    // Merging another library into this one, and copying this one.
    test::TemporaryLibrary other;
    const qint64 otherId = other->documents().insert(
        document(QStringLiteral("Other talk"), {{QString(), QStringLiteral("星云对齐"), QStringLiteral("Quasar")}}));
    other->notes().setDocumentNote(otherId, QStringLiteral("zwiebelschalen"));
    LibraryMerger::merge(*other, library);
    checkIndexAfter(library, "merge");
    test::TemporaryLibrary copy;
    LibraryCopier::copy(library, *copy);
    checkIndexAfter(*copy, "copy");
    CHECK(results(*copy) == results(library));
}

TEST_CASE("A removed document's words find nothing, and its entry ids are not given out again",
    "[search][index][maintenance]")
{
    test::TemporaryLibrary lib;
    const qint64 keep = lib->documents().insert(panel());
    const qint64 gone = lib->documents().insert(document(
        QStringLiteral("Xylophone notes"), {{QString(), QStringLiteral("独一无二的鼹鼠"), QStringLiteral("Quokka")}}));
    lib->notes().setDocumentNote(gone, QStringLiteral("Marmot"));
    lib->annotations().create(annotationOn(*lib, gone, 0, QStringLiteral("Quokka")));
    const qint64 lastId = lib->database().scalar(QStringLiteral("SELECT max(id) FROM search_entries")).toLongLong();
    lib->documents().remove(gone);

    LibrarySearch search(lib->database());
    for (const char *word : {"xylophone", "鼹鼠", "quokka", "marmot"})
        CHECK(search.search(QLatin1String(word)).isEmpty());
    if (!test::testingPostgres()) {
        // Gone from the index itself, not only hidden by the join to search_entries.
        Database &db = lib->database();
        db.exec(QStringLiteral(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_text, row)"));
        for (const char *word : {"xylophone", "鼹", "quokka", "marmot"})
            CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM temp.search_vocab WHERE term = ?"),
                        {SearchTokenizer::indexText(QLatin1String(word))})
                      .toInt()
                == 0);
    }
    // The removed entries had the highest ids; new ones still come after them.
    lib->documents().insert(document(QStringLiteral("Later"), {{QString(), QString(), QStringLiteral("Later")}}));
    CHECK(lib->database()
              .scalar(QStringLiteral("SELECT min(id) FROM search_entries WHERE document_id <> ?"), {keep})
              .toLongLong()
        > lastId);
}

TEST_CASE(
    "Upgrading a library whose full-text table holds the text keeps search results", "[search][index][maintenance]")
{
    test::TemporaryLibrary lib;
    const qint64 id = lib->documents().insert(panel());
    const qint64 annotationId = lib->annotations().create(annotationOn(*lib, id, 1, QStringLiteral("Alignment")));
    lib->notes().setAnnotationNote(annotationId, QStringLiteral("zwiebelschalen model"));
    lib->notes().setDocumentNote(id, QStringLiteral("有机对齐"));
    const QStringList expected = results(*lib);
    REQUIRE(expected.size() > 8);

    Database &db = lib->database();
    // The version before step 4 -> 5 made the full-text table contentless; the later
    // steps run again on top (each adds only what is missing).
    const int old = 4;
    if (!test::testingPostgres()) {
        // The tables as schema step 2 made them: the folded text stored in search_text,
        // entry ids reused.
        QList<QPair<qint64, QString>> bodies;
        QSqlQuery q = db.exec(SearchIndex::entriesWithTextSql());
        while (q.next())
            bodies << qMakePair(q.value(0).toLongLong(), SearchTokenizer::indexText(q.value(1).toString()));
        Transaction tx(db);
        db.exec(QStringLiteral("CREATE TEMP TABLE old_entries AS SELECT * FROM search_entries"));
        db.exec(QStringLiteral("DROP TABLE search_text"));
        db.exec(QStringLiteral("DROP TABLE search_entries"));
        db.exec(
            QStringLiteral("CREATE TABLE search_entries (id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, "
                           "owner_id INTEGER NOT NULL, side TEXT NOT NULL DEFAULT '', document_id INTEGER NOT NULL)"));
        db.exec(QStringLiteral("CREATE INDEX search_entries_owner ON search_entries(kind, owner_id)"));
        db.exec(QStringLiteral("CREATE INDEX search_entries_document ON search_entries(document_id, kind)"));
        db.exec(QStringLiteral("INSERT INTO search_entries SELECT * FROM old_entries"));
        db.exec(QStringLiteral("CREATE VIRTUAL TABLE search_text USING fts5(body, tokenize = 'unicode61 "
                               "remove_diacritics 0 categories ''L* N* Co M*''')"));
        for (const auto &body : bodies)
            db.exec(QStringLiteral("INSERT INTO search_text (rowid, body) VALUES (?, ?)"), {body.first, body.second});
        db.dialect().setSchemaVersion(db, old);
        tx.commit();
        REQUIRE(results(*lib) == expected);
    } else {
        Transaction tx(db);
        db.dialect().setSchemaVersion(db, old);
        tx.commit();
    }
    lib.reopen();
    Database &upgraded = lib->database();
    CHECK(upgraded.dialect().schemaVersion(upgraded) == SchemaMigrator::currentVersion());
    CHECK(results(*lib) == expected);
    if (!test::testingPostgres()) {
        CHECK(upgraded.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'search_text'"))
                  .toString()
                  .contains(QStringLiteral("content = ''")));
        CHECK(upgraded.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'search_entries'"))
                  .toString()
                  .contains(QStringLiteral("AUTOINCREMENT")));
    }
    checkIndexAfter(*lib, "upgrade");
    // And it is maintained from then on.
    lib->notes().setDocumentNote(id, QStringLiteral("对齐"));
    lib->documents().remove(id);
    checkIndexAfter(*lib, "edits after the upgrade");
}
