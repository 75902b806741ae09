#pragma once

#include "models/store/sqldialect.h"

namespace bitext {

// The dialect of a team library on a PostgreSQL server: identity columns for ids,
// the version in the schema_version table, a tsvector over the search index's
// folded tokens, sequences moved past explicitly inserted ids. No backup copy
// before an upgrade: a failed upgrade rolls back, DDL included.
class PostgresDialect : public SqlDialect
{
public:
    void configure(Database &db) const override;
    bool forwardOnlyQueries() const override { return false; }
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
    // Sends the batch with NOTIFY on kChangesChannel (delivered at COMMIT, dropped
    // with a rollback), in as few payloads as the server's size limit allows.
    void publish(Database &db, const ChangeList &changes) const override;

    // The channel LibraryWatcher listens on; NOTIFY reaches the same database only.
    static QString changesChannel() { return QStringLiteral("bitext_changes"); }
};

} // namespace bitext
