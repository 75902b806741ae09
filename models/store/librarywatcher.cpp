#include "models/store/librarywatcher.h"

#include "models/core/error.h"
#include "models/store/database.h"
#include "models/store/library.h"

namespace bitext {

LibraryWatcher::LibraryWatcher(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    // PostgreSQL has no data_version (and would need LISTEN/NOTIFY): nothing to watch.
    if (!m_library || m_library->database().backend() != Database::Backend::Sqlite)
        return;
    m_version = dataVersion();
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LibraryWatcher::check);
    m_timer.start();
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

bool LibraryWatcher::check()
{
    if (!m_library || m_version < 0 || m_library->database().inTransaction())
        return false;
    const qint64 version = dataVersion();
    if (version == m_version)
        return false;
    m_version = version;
    emit changedElsewhere();
    return true;
}

} // namespace bitext
