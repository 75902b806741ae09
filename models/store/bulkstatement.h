#pragma once

#include <QByteArray>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace bitext {

class Database;

// One INSERT (or other statement without results) run for many rows in one write: an
// import's segments, sections and search entries. On SQLite it goes through SQLite's C
// API on the QSQLITE connection's own handle, in whatever transaction that connection
// has open: QSqlQuery's binding (a QVariant and a placeholder name per value, UTF-16
// handed to SQLite to convert byte by byte) cost an import as much as SQLite itself.
// On PostgreSQL it is the QSqlQuery of Database::prepareInsert, so both backends run
// the same SQL text. Values follow Database::exec's rules: a null QString is stored as
// '' (the text columns are NOT NULL), a real NULL is bound with bindNull.
class BulkStatement
{
public:
    // What running it gives: the new row's id, or nothing (a table without ids).
    enum class Result { Id, Nothing };
    BulkStatement(Database &db, const QString &sql, Result result = Result::Id);
    ~BulkStatement();

    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    // Placeholders count from 0, as QSqlQuery::bindValue's.
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &text);
    // typedNull: nullInt(), nullReal() or nullText() (PostgreSQL wants a NULL's type).
    void bindNull(int index, const QVariant &typedNull);
    // A row id, NULL for 0 (nullableId's rule).
    void bindId(int index, qint64 id);
    // NULL when absent.
    void bind(int index, const std::optional<qint64> &value);
    void bind(int index, const std::optional<double> &value);
    // Runs the statement with the values bound (Result::Id); the new row's id (INTEGER
    // PRIMARY KEY on SQLite, RETURNING id on PostgreSQL).
    qint64 insert();
    // Runs it with the values bound (Result::Nothing).
    void exec();

private:
    void step();

    Database &m_db;
    QString m_sql;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    // The UTF-8 of each bound text, alive until the next row binds that placeholder
    // (bound SQLITE_STATIC: SQLite does not copy it).
    std::vector<QByteArray> m_text;
    QSqlQuery m_query; // PostgreSQL
};

} // namespace bitext
