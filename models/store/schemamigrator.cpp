#include "models/store/schemamigrator.h"

#include "models/core/error.h"
#include "models/search/searchindex.h"
#include "models/store/database.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace bitext {

namespace {

// Each entry upgrades version i to i+1. Never edit a released step: append one.
// The SQL is written to run on SQLite and PostgreSQL alike; what cannot (id
// columns, the full-text table) the dialect translates or provides.
const char *const kSteps[] = {
    // 0 -> 1: the library.
    R"SQL(
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    format TEXT NOT NULL,
    source_file TEXT NOT NULL DEFAULT '',
    source_url TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    encoding TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    people TEXT NOT NULL DEFAULT '[]',
    keywords TEXT NOT NULL DEFAULT '[]',
    summary TEXT NOT NULL DEFAULT '',
    metadata TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX documents_hash ON documents(content_hash);
CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    title TEXT NOT NULL,
    level INTEGER NOT NULL DEFAULT 1,
    UNIQUE (document_id, ordinal)
);
CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    aliases TEXT NOT NULL DEFAULT '[]',
    color TEXT NOT NULL DEFAULT ''
);
CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,
    speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    zh TEXT NOT NULL DEFAULT '',
    en TEXT NOT NULL DEFAULT '',
    zh_original TEXT,
    en_original TEXT,
    start_ms INTEGER,
    end_ms INTEGER,
    source_line INTEGER NOT NULL DEFAULT 0,
    UNIQUE (document_id, ordinal)
);
CREATE INDEX segments_speaker ON segments(speaker_id);
CREATE INDEX segments_section ON segments(section_id);
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    color TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX tags_unique_name ON tags(coalesce(parent_id, 0), name);
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    side TEXT NOT NULL CHECK (side IN ('zh', 'en')),
    start_segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
    start_offset INTEGER NOT NULL,
    end_segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
    end_offset INTEGER NOT NULL,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    orphaned INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX annotations_document ON annotations(document_id);
CREATE INDEX annotations_start ON annotations(start_segment_id);
CREATE INDEX annotations_end ON annotations(end_segment_id);
CREATE TABLE annotation_tags (
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
);
CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    annotation_id INTEGER REFERENCES annotations(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    CHECK ((document_id IS NULL) <> (annotation_id IS NULL))
);
CREATE INDEX notes_document ON notes(document_id);
CREATE INDEX notes_annotation ON notes(annotation_id);
)SQL",
    // 1 -> 2: the full-text index (models/search). Han characters are stored one
    // token each and punctuation as a barrier token (SearchTokenizer), so FTS5
    // phrases find Chinese strings of any length. The full-text table itself
    // (FTS5 on SQLite) comes from the dialect in afterStep(), which also fills it
    // from the existing rows with SearchIndex::rebuild(). IF NOT EXISTS:
    // re-running the step on a file that has the tables just rebuilds the index.
    R"SQL(
CREATE TABLE IF NOT EXISTS search_entries (
    id INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL,
    owner_id INTEGER NOT NULL,
    side TEXT NOT NULL DEFAULT '',
    document_id INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS search_entries_owner ON search_entries(kind, owner_id);
CREATE INDEX IF NOT EXISTS search_entries_document ON search_entries(document_id, kind);
)SQL",
    // 2 -> 3: several people in one library. Who made and who last changed each
    // annotation, note, tag and speaker, and when; a version that every write of a
    // row raises, so that a write based on an older version is noticed (a conflict)
    // instead of silently replacing someone else's; and the log of changes that
    // SQLite connections read to learn what other connections committed
    // (PostgreSQL sends them with NOTIFY instead, and keeps this table empty).
    // The columns (author, created, modified, modified_by, version) are added in
    // afterStep(), each only where it is missing.
    R"SQL(
CREATE TABLE IF NOT EXISTS changes (
    id INTEGER PRIMARY KEY,
    client TEXT NOT NULL,
    kind TEXT NOT NULL,
    op TEXT NOT NULL,
    object_id INTEGER NOT NULL DEFAULT 0,
    document_id INTEGER NOT NULL DEFAULT 0,
    at TEXT NOT NULL
);
)SQL",
    // 3 -> 4: the figures the library list shows that derive from segments, stored per
    // document so that listing never aggregates over every segment (DocumentStats keeps
    // them right on every write): the segment count, and the speakers by the ordinal of
    // their first segment (ids: a rename changes nothing here). Filled here for the
    // documents there are; NOT NULL PRIMARY KEY, not INTEGER PRIMARY KEY, so that
    // PostgreSQL does not make document_id an identity column.
    R"SQL(
CREATE TABLE IF NOT EXISTS document_stats (
    document_id INTEGER NOT NULL PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    segment_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS document_speakers (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    first_ordinal INTEGER NOT NULL,
    PRIMARY KEY (document_id, speaker_id)
);
CREATE INDEX IF NOT EXISTS document_speakers_speaker ON document_speakers(speaker_id);
DELETE FROM document_stats;
INSERT INTO document_stats (document_id, segment_count)
    SELECT d.id, (SELECT count(*) FROM segments s WHERE s.document_id = d.id) FROM documents d;
DELETE FROM document_speakers;
INSERT INTO document_speakers (document_id, speaker_id, first_ordinal)
    SELECT document_id, speaker_id, min(ordinal) FROM segments
    WHERE speaker_id IS NOT NULL GROUP BY document_id, speaker_id;
)SQL",
    // 4 -> 5: the full-text table keeps no second copy of the folded
    // text (SQLite: a contentless FTS5 table; nothing read it back, results show the
    // owners' own text), which made a library a third larger. Such a table can lose a
    // row only when told the text it indexed, so a mistake could leave postings
    // behind: entry ids are never handed out twice (AUTOINCREMENT), so that stale
    // postings can never stand for a later entry (the search joins search_entries).
    // afterStep() recreates search_text and rebuilds the index from the rows.
    R"SQL(
DROP TABLE IF EXISTS search_entries;
CREATE TABLE search_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind INTEGER NOT NULL,
    owner_id INTEGER NOT NULL,
    side TEXT NOT NULL DEFAULT '',
    document_id INTEGER NOT NULL
);
CREATE INDEX search_entries_owner ON search_entries(kind, owner_id);
CREATE INDEX search_entries_document ON search_entries(document_id, kind);
)SQL",
    // 5 -> 6: pairing and media. Each segment's pairing confidence (0..1, NULL when the
    // pairing came from the source or a person, not from an aligner) and whether it was
    // marked as deliberately untranslated (a 1-0 pair the reviewer accepted); each
    // document's media file (relative to the library's folder where it lies below it).
    // The columns are added in afterStep(), each only where it is missing.
    "",
};

// The version step 4 -> 5 (the full-text table without the text) upgrades to.
constexpr int kSearchWithoutCopyStep = 5;
// The version step 5 -> 6 (pairing confidence, untranslated marks, media) upgrades to.
constexpr int kAlignmentAndMediaStep = 6;

} // namespace

int SchemaMigrator::currentVersion()
{
    return int(sizeof(kSteps) / sizeof(kSteps[0]));
}

SchemaMigrator::SchemaMigrator(Database &db)
    : m_db(db)
{
}

int SchemaMigrator::version()
{
    return m_db.dialect().schemaVersion(m_db);
}

QString SchemaMigrator::migrate()
{
    const int from = version();
    const int target = currentVersion();
    if (from > target) {
        throw Error(QCoreApplication::translate("SchemaMigrator",
            "The library %1 has schema version %2, newer than version %3 that "
            "this Bitext (%4) understands. Update Bitext to open it.")
                        .arg(m_db.location())
                        .arg(from)
                        .arg(target)
                        .arg(QStringLiteral(BITEXT_VERSION)));
    }
    if (from == target)
        return {};
    if (m_db.isReadOnly()) {
        // Upgrading is writing, and this build's queries need the current schema.
        if (from == 0 && m_db.dialect().tableCount(m_db) > 0)
            throw Error(QCoreApplication::translate("SchemaMigrator", "%1 is a database but not a Bitext library.")
                            .arg(m_db.location()));
        throw ReadOnlyError(from == 0
                ? QCoreApplication::translate("SchemaMigrator",
                    "%1 holds no Bitext library, and it is read-only (%2), so none can be made in it.")
                      .arg(m_db.location(), m_db.readOnlyReason())
                : QCoreApplication::translate("SchemaMigrator",
                    "The library %1 was made by an older Bitext (schema version %2) and must be upgraded to "
                    "version %3 before this one can read it, but it is read-only: %4. Copy it to a folder you "
                    "can write to and open the copy.")
                      .arg(m_db.location())
                      .arg(from)
                      .arg(target)
                      .arg(m_db.readOnlyReason()));
    }

    const SqlDialect &dialect = m_db.dialect();
    QString backupPath;
    bool stepped = false; // a version this process made needs no backup
    // All the steps are one transaction. A process killed (or a step failing) halfway
    // through an upgrade leaves the library at the version it had, never at one between
    // that no Bitext wrote; a new library is either all there or not yet created.
    Transaction tx(m_db);
    for (int v = from + 1; v <= target; ++v) {
        // Decided under the write lock: another process opening the same file at the
        // same time (two commands on a new library) may have taken this step already.
        const int now = version();
        if (now >= v)
            continue;
        // The backup too: only the process that really upgrades an existing library
        // takes it, of the version it finds, while the others wait for the lock.
        if (now > 0 && !stepped && backupPath.isEmpty())
            backupPath = dialect.backupBeforeUpgrade(m_db, now);
        stepped = true;
        if (now == 0 && dialect.tableCount(m_db) > 0)
            throw Error(QCoreApplication::translate("SchemaMigrator", "%1 is a database but not a Bitext library.")
                            .arg(m_db.location()));
        dialect.execScript(m_db, dialect.translateDdl(QString::fromUtf8(kSteps[v - 1])));
        afterStep(v);
        dialect.setSchemaVersion(m_db, v);
    }
    tx.commit();
    return backupPath;
}

void SchemaMigrator::afterStep(int version)
{
    if (version == 3) {
        // Step 3's columns, added only where missing, so that the step can run again
        // on a library that has some of them (as step 2's IF NOT EXISTS can).
        const QString text = QStringLiteral("TEXT NOT NULL DEFAULT ''");
        const QString number = QStringLiteral("INTEGER NOT NULL DEFAULT 1");
        const QStringList stamp = {QStringLiteral("author"), QStringLiteral("created"), QStringLiteral("modified"),
            QStringLiteral("modified_by")};
        addMissingColumns(QStringLiteral("annotations"), {{QStringLiteral("modified_by"), text}});
        addMissingColumns(
            QStringLiteral("notes"), {{QStringLiteral("author"), text}, {QStringLiteral("modified_by"), text}});
        for (const QString &table : {QStringLiteral("annotations"), QStringLiteral("notes")})
            addMissingColumns(table, {{QStringLiteral("version"), number}});
        for (const QString &table : {QStringLiteral("tags"), QStringLiteral("speakers")}) {
            QList<QPair<QString, QString>> columns;
            for (const QString &column : stamp)
                columns.append({column, text});
            columns.append({QStringLiteral("version"), number});
            addMissingColumns(table, columns);
        }
    }
    if (version == kAlignmentAndMediaStep) {
        addMissingColumns(QStringLiteral("segments"),
            {{QStringLiteral("confidence"), QStringLiteral("REAL")},
                {QStringLiteral("untranslated"), QStringLiteral("INTEGER NOT NULL DEFAULT 0")}});
        addMissingColumns(
            QStringLiteral("documents"), {{QStringLiteral("media_path"), QStringLiteral("TEXT NOT NULL DEFAULT ''")}});
    }
    // Data a step cannot fill in SQL alone (it needs ICU and OpenCC).
    if (version == 2) {
        m_db.dialect().execScript(m_db, m_db.dialect().createSearchTableSql());
        SearchIndex(m_db).rebuild();
    }
    if (version == kSearchWithoutCopyStep) {
        m_db.exec(QStringLiteral("DROP TABLE IF EXISTS search_text"));
        m_db.dialect().execScript(m_db, m_db.dialect().createSearchTableSql());
        SearchIndex(m_db).rebuild();
    }
}

void SchemaMigrator::addMissingColumns(const QString &table, const QList<QPair<QString, QString>> &columns)
{
    const QSqlRecord existing = m_db.connection().record(table);
    for (const auto &column : columns) {
        if (!existing.contains(column.first))
            m_db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(table, column.first, column.second));
    }
}

} // namespace bitext
