#include "models/store/sqlitedialect.h"

#include "models/core/preferences.h"
#include "models/search/searchquery.h"
#include "models/store/changecodec.h"
#include "models/store/database.h"
#include "models/store/librarybackups.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

namespace bitext {

namespace {

// Several processes opening one new library at once each switch it to WAL, and SQLite
// answers a switch that meets another process's lock with "database is locked" at once:
// the busy timeout does not cover it. So the switch is tried again, as the timeout
// would wait, and not at all where the file is in WAL already.
void switchToWal(Database &db)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        try {
            if (db.scalar(QStringLiteral("PRAGMA journal_mode"))
                    .toString()
                    .compare(QLatin1String("wal"), Qt::CaseInsensitive)
                != 0)
                db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            return;
        } catch (const DatabaseError &) {
            if (waited.elapsed() > SqliteDialect::kBusyTimeoutMs)
                throw;
            QThread::msleep(20);
        }
    }
}

} // namespace

void SqliteDialect::configure(Database &db) const
{
    db.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
    db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // A read-only library keeps its journal mode: changing it would be a write.
    if (!db.isReadOnly()) {
        switchToWal(db);
        db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    // Verify the file really is a database before anything else touches it.
    tableCount(db);
}

QStringList SqliteDialect::beginStatements() const
{
    // IMMEDIATE takes the write lock now, waiting (busy timeout) for another writer. A
    // deferred BEGIN would read first and then fail at its first write, at once and
    // without waiting, when another connection wrote in between.
    return {QStringLiteral("BEGIN IMMEDIATE")};
}

QString SqliteDialect::translateDdl(const QString &sql) const
{
    return sql;
}

int SqliteDialect::tableCount(Database &db) const
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")).toInt();
}

int SqliteDialect::schemaVersion(Database &db) const
{
    // user_version stays the authority on SQLite: it is what older Bitext builds read
    // to refuse a library newer than they understand. A file from before the
    // schema_version table gets it here, the first time this build opens it.
    const int version = db.scalar(QStringLiteral("PRAGMA user_version")).toInt();
    if (version > 0 && !db.isReadOnly()
        && db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'")).toInt() == 0) {
        Transaction tx(db);
        setSchemaVersion(db, version);
        tx.commit();
    }
    return version;
}

void SqliteDialect::setSchemaVersion(Database &db, int version) const
{
    // PRAGMA takes no bound parameters; the value is an int we produced.
    db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
    db.exec(QStringLiteral("DELETE FROM schema_version"));
    db.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {version});
}

QString SqliteDialect::backupBeforeUpgrade(Database &db, int fromVersion) const
{
    // One of the library's rotating backups (its schema version is in the file), so
    // Help › Restore from Backup offers it; it counts towards the number kept.
    Q_UNUSED(fromVersion)
    LibraryBackups backups(db.location());
    const QString path = backups.create(LibraryBackups::Reason::Upgrade).path;
    backups.prune(Preferences::backupsKept());
    return path;
}

QString SqliteDialect::createSearchTableSql() const
{
    // Han characters are stored one token each and punctuation as a barrier token
    // (SearchTokenizer), so FTS5 phrases find Chinese strings of any length.
    // Contentless: nothing reads the folded text back (results show the owner's own
    // text), and a second copy of it made the library a third larger (schema step 5).
    return QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(body, content = '', "
                          "tokenize = 'unicode61 remove_diacritics 0 categories ''L* N* Co M*''')");
}

QString SqliteDialect::removeSearchRowSql() const
{
    return QStringLiteral("INSERT INTO search_text (search_text, rowid, body) VALUES ('delete', ?, ?)");
}

void SqliteDialect::clearSearchTable(Database &db) const
{
    // A contentless table refuses DELETE.
    db.exec(QStringLiteral("INSERT INTO search_text (search_text) VALUES ('delete-all')"));
}

void SqliteDialect::afterExplicitIds(Database &, const QString &) const
{
    // INTEGER PRIMARY KEY continues after the largest id by itself.
}

void SqliteDialect::optimizeSearchTable(Database &db) const
{
    db.exec(QStringLiteral("INSERT INTO search_text (search_text) VALUES ('optimize')"));
}

QString SqliteDialect::searchCondition() const
{
    return QStringLiteral("search_text MATCH ?");
}

QString SqliteDialect::searchValue(const SearchQuery &query) const
{
    return query.ftsExpression();
}

void SqliteDialect::publish(Database &db, const ChangeList &changes) const
{
    const ChangeList logged = ChangeCodec::bounded(changes);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery insert = db.prepare(
        QStringLiteral("INSERT INTO changes (client, kind, op, object_id, document_id, at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const Change &change : logged) {
        insert.bindValue(0, db.clientId());
        insert.bindValue(1, ChangeCodec::kindCode(change.kind));
        insert.bindValue(2, ChangeCodec::opCode(change.op));
        insert.bindValue(3, change.id);
        insert.bindValue(4, change.documentId);
        insert.bindValue(5, now.toString(Qt::ISODateWithMs));
        db.exec(insert);
    }
    // Pruning on every commit would cost each write a scan; every 100th batch of a
    // connection (and its first) keeps the log short. The newest row always stays, so
    // that ids keep rising (SQLite reuses the ids above the largest one left) and a
    // watcher's last seen id stays meaningful.
    if (m_published++ % 100 == 0) {
        db.exec(QStringLiteral("DELETE FROM changes WHERE at < ? AND id < (SELECT max(id) FROM changes)"),
            {now.addSecs(-60 * kChangeLogMinutes).toString(Qt::ISODateWithMs)});
    }
}

} // namespace bitext
