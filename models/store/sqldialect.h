#pragma once

#include "models/store/change.h"

#include <QString>
#include <QStringList>

namespace bitext {

class Database;
class SearchQuery;

// What differs between the two backends of a library, in one place: the
// repositories and the migrator speak portable SQL and ask the dialect for the rest
// (connection setup, id columns, where the schema version lives, the full-text
// table, backups, sequences). One implementation per backend: SqliteDialect,
// PostgresDialect.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // Called once on a new connection (SQLite: PRAGMAs; PostgreSQL: session settings).
    virtual void configure(Database &db) const = 0;
    // Whether queries may be forward-only. Qt 6's PostgreSQL driver streams a
    // forward-only result row by row and loses its rest when the connection runs
    // another statement before the last row was read (the repositories do that:
    // read rows, write for each).
    virtual bool forwardOnlyQueries() const = 0;
    // The statements that start a write transaction, run one after the other.
    virtual QStringList beginStatements() const = 0;
    // Migration SQL written for SQLite, in this backend's words (id columns).
    virtual QString translateDdl(const QString &sql) const = 0;
    // Runs a script of several statements, one at a time (QSqlQuery runs one SQLite
    // statement per call, and PostgreSQL's errors then name the one that failed).
    void execScript(Database &db, const QString &sql) const;
    // How many tables the database has: a non-empty database without a schema
    // version is not a Bitext library and must not be touched.
    virtual int tableCount(Database &db) const = 0;

    // The schema version of the library, 0 for a new one.
    virtual int schemaVersion(Database &db) const = 0;
    virtual void setSchemaVersion(Database &db, int version) const = 0;
    // Makes a copy before an upgrade from fromVersion; returns where, or empty when
    // the backend needs none (PostgreSQL rolls a failed upgrade back, DDL included).
    virtual QString backupBeforeUpgrade(Database &db, int fromVersion) const = 0;

    // The full-text table search_text(rowid, body) of the search index.
    virtual QString createSearchTableSql() const = 0;
    // The WHERE condition that matches search_text against one bound value, and that
    // value for a query.
    virtual QString searchCondition() const = 0;
    virtual QString searchValue(const SearchQuery &query) const = 0;
    // The statement that removes one row of search_text, given its rowid and the text
    // it indexed; empty when rows go by rowid alone (a table that keeps its text). A
    // contentless table (SQLite's) stores the index and not the text, so it can take a
    // row out only when told the very text it was given.
    virtual QString removeSearchRowSql() const = 0;
    // Empties search_text.
    virtual void clearSearchTable(Database &db) const = 0;
    // Compacts the full-text table after a rebuild.
    virtual void optimizeSearchTable(Database &db) const = 0;
    // After rows were inserted with explicit ids (restores, undo), so that the next
    // generated id does not collide with them.
    virtual void afterExplicitIds(Database &db, const QString &table) const = 0;

    // Tells other connections what the transaction about to commit changed, in that
    // transaction (called by Database::commit just before COMMIT). The base does
    // nothing: without it other connections still notice a commit, only not what it was.
    virtual void publish(Database &db, const ChangeList &changes) const
    {
        Q_UNUSED(db)
        Q_UNUSED(changes)
    }
};

} // namespace bitext
