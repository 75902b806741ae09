#pragma once

#include "models/store/change.h"
#include "models/store/connectionsettings.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <memory>

namespace bitext {

class Database;

// The connection of a LibraryWatcher on a PostgreSQL library that does nothing but
// LISTEN for the changes other clients publish (PostgresDialect::publish). Qt's driver
// delivers each notification through a socket notifier in this thread's event loop;
// a cheap query every few seconds notices a dropped connection, which is then opened
// again with a growing pause between attempts.
class NotificationListener : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultPingMs = 3000;
    static constexpr int kMaxRetryMs = 30000;

    // ownClient: the id of the library's own connection, whose changes are skipped.
    NotificationListener(const QString &location, const QString &ownClient, QObject *parent = nullptr);
    ~NotificationListener() override;

    void setPingInterval(int milliseconds) { m_ping.setInterval(milliseconds); }
    bool isListening() const { return m_db != nullptr; }
    // The server process of the listening connection (0 when not listening).
    qint64 backendPid() const { return m_backendPid; }
    // Checks the connection now (as the timer does); false when it was lost.
    bool ping();

signals:
    // Another client's committed changes, in the order they were committed.
    void received(const bitext::ChangeList &changes);
    void connectionLost(const QString &message);
    // Listening again after connectionLost(): what was committed meanwhile is unknown.
    void connectionRestored();

private:
    // Opens the connection and subscribes; the reason when that failed, else empty.
    QString listen();
    void lost(const QString &message);
    void retry();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    ConnectionSettings m_settings;
    QString m_ownClient;
    std::unique_ptr<Database> m_db;
    qint64 m_backendPid = 0;
    QTimer m_ping;
    QTimer m_retry;
    int m_retryMs = 0;
};

} // namespace bitext
