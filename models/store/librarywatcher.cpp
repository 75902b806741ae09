#include "models/store/librarywatcher.h"

#include "models/core/error.h"
#include "models/store/changecodec.h"
#include "models/store/database.h"
#include "models/store/library.h"
#include "models/store/notificationlistener.h"

namespace bitext {

LibraryWatcher::LibraryWatcher(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    if (!m_library)
        return;
    Database &db = m_library->database();
    m_timer.setInterval(kPollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LibraryWatcher::check);
    if (db.backend() == Database::Backend::Postgres) {
        m_listener = new NotificationListener(db.location(), db.clientId(), this);
        connect(m_listener, &NotificationListener::received, this, &LibraryWatcher::deliver);
        connect(m_listener, &NotificationListener::connectionLost, this, &LibraryWatcher::connectionLost);
        connect(m_listener, &NotificationListener::connectionRestored, this, [this] {
            deliver(ChangeCodec::resetAll()); // what was committed meanwhile is unknown
            emit connectionRestored();
        });
        return; // the timer only runs to hand over held changes
    }
    m_version = dataVersion();
    m_lastId = lastLogId();
    m_timer.start();
}

LibraryWatcher::~LibraryWatcher() = default;

void LibraryWatcher::setInterval(int milliseconds)
{
    if (m_listener)
        m_listener->setPingInterval(milliseconds);
    else
        m_timer.setInterval(milliseconds);
}

qint64 LibraryWatcher::dataVersion() const
{
    try {
        return m_library->database().scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    } catch (const Error &) {
        // Busy or gone for a moment: the next check tries again.
        return m_version;
    }
}

qint64 LibraryWatcher::lastLogId() const
{
    try {
        return m_library->database().scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM changes")).toLongLong();
    } catch (const Error &) {
        return 0;
    }
}

bool LibraryWatcher::check()
{
    if (!m_library || m_library->database().inTransaction())
        return false;
    if (m_listener) {
        m_listener->ping();
        return deliver({});
    }
    if (m_version < 0)
        return false;
    const qint64 version = dataVersion();
    if (version == m_version)
        return false;
    m_version = version;
    return deliver(readLog());
}

ChangeList LibraryWatcher::readLog()
{
    // Ids are consecutive (SQLite gives the largest plus one, and only old rows are
    // pruned, never the newest), so a first id past the next one expected means rows
    // this watcher never read were pruned.
    const QString own = m_library->database().clientId();
    ChangeList changes;
    bool missed = false;
    try {
        QSqlQuery q = m_library->database().exec(
            QStringLiteral("SELECT id, client, kind, op, object_id, document_id FROM changes WHERE id > ? ORDER BY id"),
            {m_lastId});
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            missed = missed || id != m_lastId + 1;
            m_lastId = id;
            if (q.value(1).toString() == own)
                continue;
            const std::optional<Change> change = ChangeCodec::fromCodes(
                q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong());
            if (change)
                changes << *change;
            else
                missed = true; // a kind this build does not know
        }
    } catch (const Error &) {
        missed = true;
    }
    return missed ? ChangeCodec::resetAll() : changes;
}

bool LibraryWatcher::deliver(const ChangeList &changes)
{
    if (!m_library)
        return false;
    m_held << changes;
    if (m_held.isEmpty())
        return false;
    if (m_library->database().inTransaction()) {
        m_timer.start(); // try again at the next tick
        return false;
    }
    const ChangeList ready = std::exchange(m_held, {});
    if (m_listener)
        m_timer.stop();
    m_library->announce(ready, /*remote*/ true);
    return true;
}

} // namespace bitext
