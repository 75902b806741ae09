#pragma once

#include "models/store/change.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace bitext {

class Library;
class NotificationListener;

// Tells a library's views what other connections committed (the command line, a
// second window, the import worker, a colleague on the same server), through
// Library::announce(changes, remote = true), within a second or two.
// SQLite: polls PRAGMA data_version on the library's own connection (it changes only
// when another connection commits, so it is cheap while nothing happens) and then
// reads the new rows of the changes log. PostgreSQL: a NotificationListener receives
// the changes as they are committed. When changes may have been missed (the log was
// pruned past what this watcher read, the server connection dropped) every kind is
// announced as reset. Nothing is announced while the library's own connection is in
// a transaction: the views would read its uncommitted half.
class LibraryWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPollIntervalMs = 500;

    explicit LibraryWatcher(Library *library, QObject *parent = nullptr);
    ~LibraryWatcher() override;

    // SQLite: how often data_version is read; PostgreSQL: how often the listening
    // connection is checked.
    void setInterval(int milliseconds);
    // Catches up now (as the timer does): SQLite reads the log when data_version
    // moved; PostgreSQL checks its connection. True when changes were announced.
    bool check();
    // PostgreSQL: the listening connection, for tests that drop it; else null.
    NotificationListener *listener() const { return m_listener; }

signals:
    // PostgreSQL: the listening connection dropped; it is retried in the background.
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    qint64 dataVersion() const;
    qint64 lastLogId() const;
    ChangeList readLog();
    // Announces now, or holds the changes until the library's transaction ended.
    bool deliver(const ChangeList &changes);

    QPointer<Library> m_library;
    NotificationListener *m_listener = nullptr; // a child, PostgreSQL only
    QTimer m_timer;
    qint64 m_version = -1;
    qint64 m_lastId = 0; // the last changes row read (SQLite)
    ChangeList m_held; // waiting for the library's transaction to end
};

} // namespace bitext
