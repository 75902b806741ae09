#pragma once

#include "models/store/sqldialect.h"

namespace bitext {

// The dialect of a local library file (SQLite): WAL, foreign keys and a busy
// timeout on every connection, FTS5 for search, the version in PRAGMA user_version
// (which every older Bitext reads) mirrored into the schema_version table.
class SqliteDialect : public SqlDialect
{
public:
    // How long a connection waits for another writer (another process: the command
    // line while the window is open, two imports at once) before giving up with
    // "database is locked". An import of a large file holds the write lock for
    // seconds; a writer may queue behind more than one.
    static constexpr int kBusyTimeoutMs = 30000;

    void configure(Database &db) const override;
    bool forwardOnlyQueries() const override { return true; }
    QStringList beginStatements() const override;
    QString translateDdl(const QString &sql) const override;
    int tableCount(Database &db) const override;
    int schemaVersion(Database &db) const override;
    void setSchemaVersion(Database &db, int version) const override;
    QString backupBeforeUpgrade(Database &db, int fromVersion) const override;
    QString createSearchTableSql() const override;
    QString searchCondition() const override;
    QString searchValue(const SearchQuery &query) const override;
    QString removeSearchRowSql() const override;
    void clearSearchTable(Database &db) const override;
    void afterExplicitIds(Database &db, const QString &table) const override;
    void optimizeSearchTable(Database &db) const override;
    // Appends the batch to the changes table with this connection's client id; now
    // and then removes rows older than kChangeLogMinutes.
    void publish(Database &db, const ChangeList &changes) const override;

    // How long the changes log keeps a row: a watcher that missed more re-reads
    // everything (LibraryWatcher).
    static constexpr int kChangeLogMinutes = 10;

private:
    mutable int m_published = 0; // batches published, for pruning now and then
};

} // namespace bitext
