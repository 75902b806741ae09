#pragma once

#include "models/core/error.h"
#include "models/store/change.h"
#include "models/store/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>

namespace bitext {

struct ConnectionSettings;
struct SqliteAccess;

// A failed statement, with the driver's code (the SQLSTATE on PostgreSQL, SQLite's
// result code), so Database::write() can tell a failure worth retrying.
class DatabaseError : public Error
{
public:
    DatabaseError(QString message, QString code)
        : Error(std::move(message))
        , m_code(std::move(code))
    {
    }
    const QString &code() const { return m_code; }

private:
    QString m_code;
};

// One open connection to a library database, SQLite or PostgreSQL. Every query
// goes through prepare()/exec() here so that an error always becomes an Error
// carrying the statement and the driver's message.
class Database
{
public:
    enum class Backend { Sqlite, Postgres };

    // Opens (creating if needed) an SQLite library file with foreign keys and WAL on,
    // and a busy timeout: a connection waits for another writer instead of failing.
    static std::unique_ptr<Database> openSqlite(const QString &path);
    // Connects to a library on a PostgreSQL server. The password is settings.password
    // when the caller filled it (then remembered for later connections of this
    // process), else one remembered, else whatever libpq finds (PGPASSWORD,
    // PGPASSFILE, ~/.pgpass). An unreachable server fails after
    // settings.connectTimeoutSeconds. A refused password throws AuthenticationError.
    static std::unique_ptr<Database> openPostgres(const ConnectionSettings &settings);
    // A postgresql:// URL opens a server library, anything else a file.
    static std::unique_ptr<Database> open(const QString &location);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Backend backend() const { return m_backend; }
    // The file's absolute path, or the server library's URL (never with a password).
    const QString &location() const { return m_location; }
    const SqlDialect &dialect() const { return *m_dialect; }
    // A random id of this connection, published with its changes so that a watcher
    // tells its own library's changes from everyone else's.
    const QString &clientId() const { return m_clientId; }
    QSqlDatabase connection() const;
    // A library file on a read-only disk, or one this process may not write: opened
    // read-only, and every transaction refused with a ReadOnlyError.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // Why, e.g. "it is on a read-only disk" (translated); empty when writable.
    const QString &readOnlyReason() const { return m_readOnlyReason; }

    QSqlQuery prepare(const QString &sql);
    void exec(QSqlQuery &query);
    // prepare + bind positional values + exec in one call. Without values the
    // statement runs unprepared (PostgreSQL cannot PREPARE DDL).
    QSqlQuery exec(const QString &sql, std::initializer_list<QVariant> values = {});
    // Executes an INSERT and returns the new row's id (RETURNING id, or SQLite's last rowid).
    qint64 insert(const QString &sql, std::initializer_list<QVariant> values);
    // An INSERT prepared to be run many times with insert(query).
    QSqlQuery prepareInsert(const QString &sql);
    qint64 insert(QSqlQuery &query);
    // Throws the error of a statement run outside QSqlQuery (BulkStatement's, through
    // SQLite's C API) as exec() throws a failed query's: reason is the driver's
    // message, code its result code.
    [[noreturn]] void fail(const QString &reason, const QString &code, const QString &sql) const;
    // First column of the first row, or an invalid QVariant when there is none.
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values = {});

    // Transactions nest: only the outermost begin/commit reach the database. On
    // SQLite begin() takes the write lock at once (the dialect's BEGIN IMMEDIATE),
    // waiting up to the busy timeout while another connection or process writes.
    void begin();
    void commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    // Runs body in one transaction and commits it. Outermost, a failure another
    // writer caused (a serialization failure, a deadlock, a lock or busy timeout) runs
    // the whole transaction again a few times after a short pause, and a connection
    // the server dropped is opened again once; when that fails too the error says
    // that nothing was saved. Nested in another transaction, body joins it and the
    // outermost write retries. Every write of a repository goes through here.
    void write(const std::function<void()> &body);
    // Runs an UPDATE that raises a version column, RETURNING it: the row's new
    // version, or nothing when no row matched (e.g. its version was not the one named).
    std::optional<int> updateVersioned(const QString &sql, std::initializer_list<QVariant> values);

    // Notes what a write did. Inside a transaction the changes wait for the outermost
    // commit: the dialect publishes them to other connections just before COMMIT (so
    // they travel with the data, or not at all), and the commit listener hears them
    // right after; a rollback forgets them. Outside a transaction (a single
    // auto-committed statement) both happen at once.
    void record(const Change &change);
    using CommitListener = std::function<void(const ChangeList &)>;
    // The library's: it announces committed changes to this process.
    void setCommitListener(CommitListener listener) { m_commitListener = std::move(listener); }
    // Runs inside the outermost transaction just before it commits (and before its
    // changes are published), with the changes it recorded: where figures derived from
    // what changed are brought up to date in the same transaction, so that no writer
    // can forget them (the library's DocumentStats). A failure rolls the write back.
    using BeforeCommit = std::function<void(const ChangeList &)>;
    void setBeforeCommit(BeforeCommit hook) { m_beforeCommit = std::move(hook); }
    // Runs action once the open transaction committed (at once outside one); a
    // rollback drops it. For what this process may only believe of a committed write.
    void afterCommit(std::function<void()> action);
    // Called before the outermost transaction starts and after it ended (committed or
    // not): a library file keeps its open marker and fingerprint by them (LibraryFileGuard).
    void setWriteHooks(std::function<void()> before, std::function<void()> after)
    {
        m_beforeWrite = std::move(before);
        m_afterWrite = std::move(after);
    }

private:
    Database(Backend backend, std::unique_ptr<SqlDialect> dialect, QString connectionName, QString location);
    static std::unique_ptr<Database> openSqlite(const QString &path, const SqliteAccess &access);
    QSqlQuery newQuery() const;
    static DatabaseError statementError(const QSqlQuery &query, const QString &sql);
    static DatabaseError statementError(const QString &reason, const QString &code, const QString &sql);
    // Throws error, or the ReadOnlyError or DiskFullError its code means, with a message
    // that says what happened to the edit.
    [[noreturn]] void raise(const DatabaseError &error) const;
    QString readOnlyMessage(const QString &reason) const;
    QString diskFullMessage() const;
    // write()'s helpers (databasewrite.cpp).
    enum class Failure { Other, Transient, ConnectionLost };
    Failure classify(const DatabaseError &error);
    bool reconnect();
    // Runs COMMIT or ROLLBACK; the driver's message when it failed, else empty.
    QString endTransaction(const QString &statement);

    Backend m_backend;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    QString m_location;
    QString m_clientId;
    QString m_readOnlyReason;
    bool m_diskFull = false; // read-only because the disk is full
    void announce(const ChangeList &changes);

    int m_depth = 0;
    bool m_failed = false;
    ChangeList m_pending; // recorded in the open transaction
    QList<std::function<void()>> m_afterCommit;
    QString m_endCode; // the driver's code of the last failed COMMIT or ROLLBACK
    CommitListener m_commitListener;
    BeforeCommit m_beforeCommit;
    std::function<void()> m_beforeWrite;
    std::function<void()> m_afterWrite;
};

// RAII transaction: rolls back unless commit() was reached, so an exception in the
// middle of a multi-row write leaves the library as it was.
class Transaction
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
    {
        m_db.begin();
    }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    void commit()
    {
        m_db.commit();
        m_done = true;
    }

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    Database &m_db;
    bool m_done = false;
};

// Typed NULLs for nullable columns (PostgreSQL wants the type of a NULL parameter).
QVariant nullInt();
QVariant nullReal();
QVariant nullText();
inline QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : nullInt();
}
inline QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

} // namespace bitext
