#include "models/store/notificationlistener.h"

#include "models/core/error.h"
#include "models/store/changecodec.h"
#include "models/store/database.h"
#include "models/store/postgresdialect.h"

#include <QSqlDatabase>

#include <algorithm>

namespace bitext {

namespace {

// Reconnecting runs in the window's thread: an unreachable server must not hold it
// for the ten seconds a first connection may take.
constexpr int kReconnectTimeoutSeconds = 3;
constexpr int kFirstRetryMs = 1000;

} // namespace

NotificationListener::NotificationListener(const QString &location, const QString &ownClient, QObject *parent)
    : QObject(parent)
    , m_settings(ConnectionSettings::fromUrl(location))
    , m_ownClient(ownClient)
{
    // The password that opened the library, held from now on: Database::openPostgres
    // forgets a remembered password when a connection fails, and a server that is
    // down for a moment must not cost the listener its password.
    m_settings.password = m_settings.passwordToUse();
    m_ping.setInterval(kDefaultPingMs);
    connect(&m_ping, &QTimer::timeout, this, &NotificationListener::ping);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &NotificationListener::retry);
    const QString failure = listen();
    if (!failure.isEmpty()) {
        // Told once the owner could connect to the signal.
        QTimer::singleShot(0, this, [this, failure] { lost(failure); });
    }
    m_settings.connectTimeoutSeconds = std::min(m_settings.connectTimeoutSeconds, kReconnectTimeoutSeconds);
}

NotificationListener::~NotificationListener() = default;

QString NotificationListener::listen()
{
    try {
        m_db = Database::openPostgres(m_settings);
        m_backendPid = m_db->scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        QSqlDriver *driver = m_db->connection().driver();
        if (!driver->subscribeToNotification(PostgresDialect::changesChannel())) {
            m_db.reset();
            m_backendPid = 0;
            return tr("Cannot listen for changes: %1").arg(PostgresDialect::changesChannel());
        }
        connect(driver,
            QOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>::of(&QSqlDriver::notification),
            this, &NotificationListener::onNotification);
    } catch (const Error &error) {
        m_db.reset();
        m_backendPid = 0;
        return error.message();
    }
    m_ping.start();
    return {};
}

bool NotificationListener::ping()
{
    if (!m_db)
        return false;
    try {
        m_db->exec(QStringLiteral("SELECT 1"));
        return true;
    } catch (const Error &error) {
        lost(error.message());
        return false;
    }
}

void NotificationListener::lost(const QString &message)
{
    // Closing stops the driver's socket notifier, which a closed socket would
    // otherwise keep waking.
    m_ping.stop();
    m_db.reset();
    m_backendPid = 0;
    m_retryMs = kFirstRetryMs;
    m_retry.start(m_retryMs);
    emit connectionLost(message);
}

void NotificationListener::retry()
{
    if (!listen().isEmpty()) {
        m_retryMs = std::min(m_retryMs * 2, kMaxRetryMs);
        m_retry.start(m_retryMs);
        return;
    }
    emit connectionRestored();
}

void NotificationListener::onNotification(
    const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    Q_UNUSED(source) // every client has its own connection: always another one
    if (name != PostgresDialect::changesChannel())
        return;
    const ChangeCodec::Payload decoded = ChangeCodec::decodePayload(payload.toString());
    if (decoded.client.isEmpty() || decoded.client == m_ownClient)
        return;
    if (!decoded.complete)
        emit received(ChangeCodec::resetAll());
    else if (!decoded.changes.isEmpty())
        emit received(decoded.changes);
}

} // namespace bitext
