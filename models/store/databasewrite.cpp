// Database::write(): the one place where a write is retried when another writer or
// the network got in its way (kept apart from database.cpp, which opens connections
// and runs statements).
#include "models/store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QThread>

namespace bitext {

namespace {

// Attempts of one transaction, and the first pause between them (doubled each time,
// so a writer that holds the lock a little longer is waited out, not raced).
constexpr int kAttempts = 5;
constexpr int kFirstPauseMs = 40;
// No new attempt after this long: a lock timeout already waited 30 s (and the GUI
// thread waits with it); serialization failures and deadlocks fail at once.
constexpr qint64 kRetryBudgetMs = 45000;

// SQLite's result codes, primary or extended (the low byte is the primary one).
bool sqliteBusy(const QString &code)
{
    bool ok = false;
    const int value = code.toInt(&ok);
    return ok && ((value & 0xff) == 5 /* SQLITE_BUSY */ || (value & 0xff) == 6 /* SQLITE_LOCKED */);
}

QString nothingSaved(const QString &reason)
{
    return QCoreApplication::translate("Database",
        "The connection to the library was lost and could not be opened again; nothing of this edit was saved, "
        "and it can be tried again. (%1)")
        .arg(reason);
}

} // namespace

Database::Failure Database::classify(const DatabaseError &error)
{
    const QString &code = error.code();
    if (m_backend == Backend::Sqlite)
        return sqliteBusy(code) ? Failure::Transient : Failure::Other;
    // Serialization failure, deadlock, lock timeout: another writer's doing.
    if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03"))
        return Failure::Transient;
    // Connection exceptions, and the server shutting this session down.
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
        return Failure::ConnectionLost;
    if (!code.isEmpty())
        return Failure::Other;
    // A dead socket comes without an SQLSTATE: ask the connection whether it lives.
    QSqlQuery probe(connection());
    return connection().isOpen() && probe.exec(QStringLiteral("SELECT 1")) ? Failure::Other : Failure::ConnectionLost;
}

bool Database::reconnect()
{
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return false;
    m_dialect->configure(*this);
    return true;
}

std::optional<int> Database::updateVersioned(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query = exec(sql + QStringLiteral(" RETURNING version"), values);
    std::optional<int> version;
    if (query.next())
        version = query.value(0).toInt();
    query.finish(); // SQLite would not commit with the statement still open
    return version;
}

void Database::write(const std::function<void()> &body)
{
    if (m_depth > 0) {
        Transaction tx(*this);
        body();
        tx.commit();
        return;
    }
    bool reconnected = false;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int attempt = 1;; ++attempt) {
        try {
            Transaction tx(*this);
            body();
            tx.commit();
            return;
        } catch (const DatabaseError &error) {
            switch (classify(error)) {
            case Failure::Transient:
                if (attempt >= kAttempts || elapsed.elapsed() > kRetryBudgetMs)
                    throw;
                QThread::msleep(kFirstPauseMs << (attempt - 1));
                break;
            case Failure::ConnectionLost:
                if (reconnected)
                    throw Error(nothingSaved(error.message()));
                reconnected = true;
                try {
                    if (!reconnect())
                        throw Error(nothingSaved(error.message()));
                } catch (const DatabaseError &) {
                    throw Error(nothingSaved(error.message()));
                }
                break;
            case Failure::Other:
                throw;
            }
        }
    }
}

} // namespace bitext
