#include "models/store/connectionsettings.h"

#include "models/core/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace bitext {

namespace {

const QStringList kSslModes {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
    QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

// Passwords by library, shared by the threads of this process.
struct RememberedPasswords
{
    QMutex mutex;
    QHash<QString, QString> byLibrary;
};

RememberedPasswords &remembered()
{
    static RememberedPasswords passwords;
    return passwords;
}

QString libraryKey(const ConnectionSettings &settings)
{
    return settings.identity().key();
}

} // namespace

bool ConnectionSettings::isUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

ConnectionSettings ConnectionSettings::fromUrl(const QString &text)
{
    // Read loosely: QUrl takes no socket folder (%2F...) for a host name but keeps the
    // other parts; ConnectionIdentity below reads the host as libpq does, and refuses
    // what is no URL at all.
    const QUrl url(text);
    if (!isUrl(text))
        throw Error(tr("%1 is not a valid server library address. Write it as "
                       "postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE.")
                        .arg(url.toString(QUrl::RemovePassword)));
    if (!url.password().isEmpty())
        throw Error(tr("Do not write the password into the library address %1: Bitext takes it from the "
                       "system keychain, from PGPASSFILE or ~/.pgpass, or asks for it.")
                        .arg(url.toString(QUrl::RemovePassword)));
    if (url.path().mid(1).isEmpty() || url.path().mid(1).contains(QLatin1Char('/')))
        throw Error(tr("The library address %1 names no database. Write it as "
                       "postgresql://USER@HOST:PORT/DATABASE.")
                        .arg(url.toString(QUrl::RemovePassword)));
    // One reading of who connects where, shared with the keychain and .pgpass: a URL
    // without a host is the local socket there and here, %2F... a socket folder.
    const ConnectionIdentity identity = ConnectionIdentity::fromUrl(text);
    ConnectionSettings settings;
    settings.host = identity.host;
    settings.port = identity.port;
    settings.user = identity.user;
    settings.database = identity.database;
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first == QLatin1String("sslmode") && kSslModes.contains(item.second)) {
            settings.sslMode = item.second;
        } else if (item.first == QLatin1String("connect_timeout") && item.second.toInt() > 0) {
            settings.connectTimeoutSeconds = item.second.toInt();
        } else {
            throw Error(tr("The library address %1 has an unknown option %2=%3. Known: sslmode (%4), "
                           "connect_timeout (seconds).")
                            .arg(url.toString(QUrl::RemovePassword), item.first, item.second,
                                kSslModes.join(QStringLiteral(", "))));
        }
    }
    return settings;
}

QString ConnectionSettings::url() const
{
    // Not through QUrl, which cannot write an empty host (the local socket).
    QString url = identity().address();
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (connectTimeoutSeconds != ConnectionSettings().connectTimeoutSeconds)
        query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(connectTimeoutSeconds));
    if (!query.isEmpty())
        url += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    return url;
}

ConnectionIdentity ConnectionSettings::identity() const
{
    ConnectionIdentity identity;
    identity.user = user;
    identity.host = host;
    identity.port = port;
    identity.database = database;
    return identity;
}

QString ConnectionSettings::connectOptions() const
{
    QStringList options {QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds)};
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    // Names the connections in pg_stat_activity for the server's administrator.
    options << QStringLiteral("application_name=bitext");
    return options.join(QLatin1Char(';'));
}

void ConnectionSettings::rememberPassword(const ConnectionSettings &settings, const QString &password)
{
    RememberedPasswords &passwords = remembered();
    const QMutexLocker locker(&passwords.mutex);
    passwords.byLibrary.insert(libraryKey(settings), password);
}

void ConnectionSettings::forgetPassword(const ConnectionSettings &settings)
{
    RememberedPasswords &passwords = remembered();
    const QMutexLocker locker(&passwords.mutex);
    passwords.byLibrary.remove(libraryKey(settings));
}

std::optional<QString> ConnectionSettings::passwordToUse() const
{
    if (password)
        return password;
    RememberedPasswords &passwords = remembered();
    const QMutexLocker locker(&passwords.mutex);
    const auto it = passwords.byLibrary.constFind(libraryKey(*this));
    if (it == passwords.byLibrary.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace bitext
