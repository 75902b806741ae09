#include "models/store/database.h"

#include "models/core/error.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

namespace bitext {

namespace {

QString describe(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text;
}

// How long a connection waits for another writer (another process: the command line
// while the window is open, two imports at once) before giving up with "database is
// locked". An import of a large file holds the write lock for seconds; a writer may
// queue behind more than one.
constexpr int kBusyTimeoutMs = 30000;

QString uniqueConnectionName()
{
    // A named connection per object and per thread: Qt's default connection is
    // shared global state and breaks as soon as a worker thread opens the library.
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("bitext-%1-%2")
        .arg(quintptr(QThread::currentThreadId()))
        .arg(counter.fetchAndAddRelaxed(1));
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

QVariant nullText()
{
    // Untyped: a typed null QString would be taken for an empty string by exec().
    return QVariant();
}

Database::Database(Backend backend, QString connectionName, QString location)
    : m_backend(backend), m_connectionName(std::move(connectionName)), m_location(std::move(location))
{
}

std::unique_ptr<Database> Database::openSqlite(const QString &path)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        throw Error(QCoreApplication::translate("Database", "The Qt SQLite driver (QSQLITE) is not installed."));

    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open()) {
            const QString reason = describe(db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw Error(QCoreApplication::translate("Database", "Cannot open library %1: %2").arg(path, reason));
        }
    }
    std::unique_ptr<Database> database(new Database(Backend::Sqlite, name, QFileInfo(path).absoluteFilePath()));
    database->exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
    database->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    database->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    database->exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // Verify the file really is a database before anything else touches it.
    database->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    return database;
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

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw Error(QCoreApplication::translate("Database", "Database error: %1 (in: %2)")
                        .arg(describe(query.lastError()), sql.simplified()));
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
        throw Error(QCoreApplication::translate("Database", "Database error: %1 (in: %2)")
                        .arg(describe(query.lastError()), query.lastQuery().simplified()));
}

QSqlQuery Database::exec(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query = prepare(sql);
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, value);
    exec(query);
    return query;
}

qint64 Database::insert(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query = prepare(sql);
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, value);
    return insert(query);
}

qint64 Database::insert(QSqlQuery &query)
{
    exec(query);
    const QVariant id = query.lastInsertId();
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
    if (m_depth++ > 0)
        return;
    m_failed = false;
    // IMMEDIATE takes the write lock now, waiting (busy timeout) for another writer. A
    // deferred BEGIN would read first and then fail at its first write, at once and
    // without waiting, when another connection wrote in between.
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_depth = 0;
        throw Error(
            QCoreApplication::translate("Database", "Cannot start a transaction: %1").arg(describe(query.lastError())));
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
        throw Error(QCoreApplication::translate("Database", "A nested write failed; nothing was saved."));
    }
    const QString reason = endTransaction(QStringLiteral("COMMIT"));
    if (!reason.isEmpty()) {
        endTransaction(QStringLiteral("ROLLBACK"));
        throw Error(QCoreApplication::translate("Database", "Cannot save changes: %1").arg(reason));
    }
}

QString Database::endTransaction(const QString &statement)
{
    QSqlQuery query(connection());
    return query.exec(statement) ? QString() : describe(query.lastError());
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
}

} // namespace bitext
