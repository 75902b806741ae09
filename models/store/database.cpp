#include "models/store/database.h"

#include "models/core/error.h"
#include "models/store/connectionsettings.h"
#include "models/store/postgresdialect.h"
#include "models/store/sqliteaccess.h"
#include "models/store/sqlitedialect.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <utility>

namespace bitext {

namespace {

QString describe(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text;
}

QString uniqueConnectionName()
{
    // A named connection per object and per thread: Qt's default connection is
    // shared global state and breaks as soon as a worker thread opens the library.
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("bitext-%1-%2").arg(quintptr(QThread::currentThreadId())).arg(counter.fetchAndAddRelaxed(1));
}

// True when the server refused the credentials rather than being unreachable or
// failing otherwise: SQLSTATE 28P01 (wrong password) or 28000 (no pg_hba.conf entry
// allows it, or no password supplied), or libpq's own words when it gives no code.
bool isAuthenticationFailure(const QSqlError &error, const QString &reason)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("28P01") || code == QLatin1String("28000")
        || reason.contains(QLatin1String("password authentication failed"))
        || reason.contains(QLatin1String("no password supplied"));
}

// A message that says what to do about the usual reasons a server refuses.
QString connectionFailure(const QString &url, const QString &reason)
{
    QString hint;
    if (reason.contains(QLatin1String("password authentication failed")))
        hint = QCoreApplication::translate("Database", "The server refused the user name or password.");
    else if (reason.contains(QLatin1String("no password supplied")))
        hint = QCoreApplication::translate("Database", "The server wants a password and none was given.");
    else if (reason.contains(QLatin1String("timeout expired")) || reason.contains(QLatin1String("Connection refused"))
        || reason.contains(QLatin1String("could not translate host name")))
        hint = QCoreApplication::translate("Database",
            "The server cannot be reached; check the host name, the port "
            "and the network.");
    const QString message
        = QCoreApplication::translate("Database", "Cannot connect to the library %1: %2").arg(url, reason);
    return hint.isEmpty() ? message : hint + QLatin1Char(' ') + message;
}

} // namespace

QVariant nullInt()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QVariant(QMetaType::fromType<qint64>());
#else
    return QVariant(QVariant::LongLong);
#endif
}

QVariant nullReal()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QVariant(QMetaType::fromType<double>());
#else
    return QVariant(QVariant::Double);
#endif
}

QVariant nullText()
{
    // Untyped: a typed null QString would be taken for an empty string by exec().
    return QVariant();
}

Database::Database(Backend backend, std::unique_ptr<SqlDialect> dialect, QString connectionName, QString location)
    : m_backend(backend)
    , m_dialect(std::move(dialect))
    , m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_clientId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

std::unique_ptr<Database> Database::openSqlite(const QString &path)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        throw Error(QCoreApplication::translate("Database", "The Qt SQLite driver (QSQLITE) is not installed."));

    const SqliteAccess access = SqliteAccess::of(path);
    const bool existed = QFileInfo::exists(path);
    try {
        return openSqlite(path, access);
    } catch (const Error &) {
        // On a full disk even reading a WAL library fails (its -shm cannot be made):
        // it is opened read-only then, and an edit is refused as on a full disk.
        if (access.readOnly() || !existed || !SqliteAccess::noRoomFor(path))
            throw;
    }
    return openSqlite(path, SqliteAccess::fullDisk());
}

std::unique_ptr<Database> Database::openSqlite(const QString &path, const SqliteAccess &access)
{
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(access.databaseName(path));
        db.setConnectOptions(access.connectOptions(SqliteDialect::kBusyTimeoutMs));
        if (!db.open()) {
            const QString reason = describe(db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw Error(QCoreApplication::translate("Database", "Cannot open library %1: %2").arg(path, reason));
        }
    }
    std::unique_ptr<Database> database(
        new Database(Backend::Sqlite, std::make_unique<SqliteDialect>(), name, QFileInfo(path).absoluteFilePath()));
    database->m_readOnlyReason = access.reason;
    database->m_diskFull = access.diskFull;
    database->dialect().configure(*database);
    return database;
}

std::unique_ptr<Database> Database::openPostgres(const ConnectionSettings &settings)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw Error(QCoreApplication::translate("Database", "The Qt PostgreSQL driver (QPSQL) is not installed."));

    const QString name = uniqueConnectionName();
    const QString url = settings.url();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setDatabaseName(settings.database);
        db.setUserName(settings.user);
        const std::optional<QString> password = settings.passwordToUse();
        if (password)
            db.setPassword(*password);
        db.setConnectOptions(settings.connectOptions());
        if (!db.open()) {
            // libpq's messages name the host, user and database, never the password.
            const QSqlError error = db.lastError();
            const QString reason = describe(error).trimmed();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            if (password && !settings.password)
                ConnectionSettings::forgetPassword(settings); // changed since
            if (isAuthenticationFailure(error, reason))
                throw AuthenticationError(connectionFailure(url, reason));
            throw Error(connectionFailure(url, reason));
        }
        if (settings.password)
            ConnectionSettings::rememberPassword(settings, *settings.password);
    }
    std::unique_ptr<Database> database(new Database(Backend::Postgres, std::make_unique<PostgresDialect>(), name, url));
    database->dialect().configure(*database);
    return database;
}

std::unique_ptr<Database> Database::open(const QString &location)
{
    if (ConnectionSettings::isUrl(location))
        return openPostgres(ConnectionSettings::fromUrl(location));
    return openSqlite(location);
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_depth > 0)
                endTransaction(QStringLiteral("ROLLBACK"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::newQuery() const
{
    QSqlQuery query(connection());
    query.setForwardOnly(m_dialect->forwardOnlyQueries());
    return query;
}

DatabaseError Database::statementError(const QSqlQuery &query, const QString &sql)
{
    return statementError(describe(query.lastError()), query.lastError().nativeErrorCode(), sql);
}

DatabaseError Database::statementError(const QString &reason, const QString &code, const QString &sql)
{
    return DatabaseError(
        QCoreApplication::translate("Database", "Database error: %1 (in: %2)").arg(reason, sql.simplified()), code);
}

void Database::fail(const QString &reason, const QString &code, const QString &sql) const
{
    raise(statementError(reason, code, sql));
}

void Database::raise(const DatabaseError &error) const
{
    // SQLite's primary result codes (the low byte of an extended one), PostgreSQL's
    // SQLSTATEs.
    const QString &code = error.code();
    bool numeric = false;
    const int primary = code.toInt(&numeric) & 0xff;
    const bool sqlite = m_backend == Backend::Sqlite && numeric;
    if ((sqlite && primary == 13 /* SQLITE_FULL */) || (!sqlite && code == QLatin1String("53100")))
        throw DiskFullError(diskFullMessage());
    if ((sqlite && primary == 8 /* SQLITE_READONLY */) || (!sqlite && code == QLatin1String("25006")))
        throw ReadOnlyError(readOnlyMessage(m_readOnlyReason.isEmpty() ? error.message() : m_readOnlyReason));
    throw error;
}

QString Database::diskFullMessage() const
{
    return QCoreApplication::translate(
        "Database", "The disk holding %1 is full: the change was not saved. Everything saved before is kept.")
        .arg(m_location);
}

QString Database::readOnlyMessage(const QString &reason) const
{
    return QCoreApplication::translate(
        "Database", "The library %1 is read-only: %2. It can be read and searched, not changed.")
        .arg(m_location, reason);
}

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery query = newQuery();
    if (!query.prepare(sql))
        raise(statementError(query, sql));
    return query;
}

void Database::exec(QSqlQuery &query)
{
    // Qt binds a null QString as SQL NULL; our text columns are NOT NULL and an
    // absent value is the empty string. Real NULLs are bound with nullText().
    const int count = int(query.boundValues().size());
    for (int i = 0; i < count; ++i) {
        const QVariant value = query.boundValue(i);
        if (value.userType() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
    }
    if (!query.exec())
        raise(statementError(query, query.lastQuery()));
}

QSqlQuery Database::exec(const QString &sql, std::initializer_list<QVariant> values)
{
    if (values.size() == 0) {
        QSqlQuery query = newQuery();
        if (!query.exec(sql))
            raise(statementError(query, sql));
        return query;
    }
    QSqlQuery query = prepare(sql);
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, value);
    exec(query);
    return query;
}

QSqlQuery Database::prepareInsert(const QString &sql)
{
    // PostgreSQL's driver has no lastInsertId without the table's oid: RETURNING id.
    // SQLite has it (sqlite3_last_insert_rowid, the id of our INTEGER PRIMARY KEYs), and
    // there RETURNING would cost a bulk import dearly: it makes every INSERT a statement
    // transaction, and each statement savepoint makes FTS5 flush its pending postings,
    // so the search index was written one row at a time (a third of an import's time).
    if (m_backend == Backend::Sqlite)
        return prepare(sql);
    return prepare(sql + QStringLiteral(" RETURNING id"));
}

qint64 Database::insert(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query = prepareInsert(sql);
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, value);
    return insert(query);
}

qint64 Database::insert(QSqlQuery &query)
{
    exec(query);
    const QVariant id = m_backend == Backend::Sqlite ? query.lastInsertId()
        : query.next()                               ? query.value(0)
                                                     : QVariant();
    // A prepared INSERT kept for the next row must not stay "in progress" (SQLite
    // would refuse to commit): RETURNING left its statement at the row just read.
    query.finish();
    if (!id.isValid())
        throw Error(QCoreApplication::translate("Database", "Database error: no id for new row (in: %1)")
                        .arg(query.lastQuery().simplified()));
    return id.toLongLong();
}

QVariant Database::scalar(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query = exec(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

void Database::begin()
{
    if (m_diskFull)
        throw DiskFullError(diskFullMessage());
    if (isReadOnly())
        throw ReadOnlyError(readOnlyMessage(m_readOnlyReason));
    if (m_depth++ > 0)
        return;
    if (m_beforeWrite)
        m_beforeWrite();
    m_failed = false;
    m_pending.clear();
    m_afterCommit.clear();
    const QStringList statements = m_dialect->beginStatements();
    for (const QString &statement : statements) {
        QSqlQuery query(connection());
        if (!query.exec(statement)) {
            const QString reason = describe(query.lastError());
            const QString code = query.lastError().nativeErrorCode();
            if (statement != statements.first())
                endTransaction(QStringLiteral("ROLLBACK"));
            m_depth = 0;
            raise(DatabaseError(
                QCoreApplication::translate("Database", "Cannot start a transaction: %1").arg(reason), code));
        }
    }
}

void Database::commit()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0)
        return;
    if (m_failed) {
        endTransaction(QStringLiteral("ROLLBACK"));
        m_pending.clear();
        m_afterCommit.clear();
        throw Error(QCoreApplication::translate("Database", "A nested write failed; nothing was saved."));
    }
    const ChangeList changes = std::exchange(m_pending, {});
    const QList<std::function<void()>> actions = std::exchange(m_afterCommit, {});
    try {
        if (!changes.isEmpty()) {
            if (m_beforeCommit)
                m_beforeCommit(changes);
            m_dialect->publish(*this, changes);
        }
    } catch (const Error &) {
        endTransaction(QStringLiteral("ROLLBACK"));
        throw;
    }
    const QString reason = endTransaction(QStringLiteral("COMMIT"));
    if (!reason.isEmpty()) {
        const QString code = m_endCode;
        endTransaction(QStringLiteral("ROLLBACK"));
        raise(DatabaseError(QCoreApplication::translate("Database", "Cannot save changes: %1").arg(reason), code));
    }
    for (const auto &action : actions)
        action();
    announce(changes);
}

void Database::afterCommit(std::function<void()> action)
{
    if (m_depth > 0)
        m_afterCommit << std::move(action);
    else
        action();
}

void Database::record(const Change &change)
{
    if (m_depth > 0) {
        if (!m_pending.contains(change))
            m_pending << change;
        return;
    }
    // A statement that committed on its own: its figures follow in statements of their own.
    if (m_beforeCommit)
        m_beforeCommit({change});
    m_dialect->publish(*this, {change});
    announce({change});
}

void Database::announce(const ChangeList &changes)
{
    if (!changes.isEmpty() && m_commitListener)
        m_commitListener(changes);
}

QString Database::endTransaction(const QString &statement)
{
    QSqlQuery query(connection());
    const bool ended = query.exec(statement);
    if (m_afterWrite)
        m_afterWrite();
    if (ended)
        return {};
    m_endCode = query.lastError().nativeErrorCode();
    return describe(query.lastError());
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0) {
        // An inner transaction failed: the outer one must not commit its half.
        m_failed = true;
        return;
    }
    endTransaction(QStringLiteral("ROLLBACK"));
    m_failed = false;
    m_pending.clear();
    m_afterCommit.clear();
}

} // namespace bitext
