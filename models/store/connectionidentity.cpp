#include "models/store/connectionidentity.h"

#include "models/core/error.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace bitext {

namespace {

// The operating system's name for the current user: libpq's last resort for the user.
QString systemUserName()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

QString orEnvironment(const QString &value, const char *variable)
{
    return value.isEmpty() ? qEnvironmentVariable(variable) : value;
}

} // namespace

bool ConnectionIdentity::isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

ConnectionIdentity ConnectionIdentity::fromUrl(const QString &text)
{
    if (!isUrl(text))
        throw Error(tr("Not a PostgreSQL URL: it must start with postgresql://"));
    // libpq takes a socket folder as a percent-encoded host (postgresql://u@%2Fvar%2Frun/db),
    // which QUrl refuses as a host name: it is set aside here and put back below.
    static const QRegularExpression socketHost(
        QStringLiteral("^([a-z]+://(?:[^@/?]*@)?)(%2F[^:/?]*)"), QRegularExpression::CaseInsensitiveOption);
    QString parsed = text;
    QString socketFolder;
    const QRegularExpressionMatch socket = socketHost.match(text);
    if (socket.hasMatch()) {
        socketFolder = QUrl::fromPercentEncoding(socket.captured(2).toUtf8());
        parsed.replace(socket.capturedStart(2), socket.capturedLength(2), QStringLiteral("localhost"));
    }
    const QUrl url(parsed, QUrl::StrictMode);
    if (!url.isValid())
        throw Error(tr("Not a valid PostgreSQL URL (postgresql://USER@HOST:PORT/DATABASE)."));
    // Messages name the URL without its user part and query, where a password could be.
    const QString shown = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (!url.password().isEmpty() || QUrlQuery(url).hasQueryItem(QStringLiteral("password")))
        throw Error(tr("%1: the URL contains a password. Bitext never takes a password from a URL or the command "
                       "line; use `bitext password set` or a .pgpass file.")
                        .arg(shown));
    const QUrlQuery query(url);

    ConnectionIdentity identity;
    const auto item
        = [&query](const char *name) { return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    identity.user = item("user").isEmpty() ? url.userName() : item("user");
    if (identity.user.isEmpty())
        identity.user = defaultUser();
    if (!item("host").isEmpty())
        identity.host = item("host");
    else
        identity.host = socketFolder.isEmpty() ? url.host() : socketFolder;
    identity.host = orEnvironment(identity.host, "PGHOST");
    QString port = item("port");
    if (port.isEmpty() && url.port() > 0)
        port = QString::number(url.port());
    port = orEnvironment(port, "PGPORT");
    if (!port.isEmpty()) {
        bool ok = false;
        identity.port = port.toInt(&ok);
        if (!ok || identity.port <= 0 || identity.port > 65535)
            throw Error(tr("%1: the port must be a number from 1 to 65535.").arg(shown));
    }
    QString database = item("dbname");
    if (database.isEmpty())
        database = url.path(QUrl::FullyDecoded).mid(1);
    identity.database = orEnvironment(database, "PGDATABASE");
    if (identity.database.isEmpty())
        identity.database = identity.user;
    return identity;
}

QString ConnectionIdentity::defaultUser()
{
    const QString user = qEnvironmentVariable("PGUSER");
    return user.isEmpty() ? systemUserName() : user;
}

QString ConnectionIdentity::shownHost() const
{
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}

QString ConnectionIdentity::address() const
{
    QString urlHost = host;
    if (urlHost.contains(QLatin1Char(':')))
        urlHost = QLatin1Char('[') + urlHost + QLatin1Char(']'); // an IPv6 address
    else if (urlHost.startsWith(QLatin1Char('/')))
        urlHost = QString::fromLatin1(QUrl::toPercentEncoding(urlHost)); // a socket folder
    return QStringLiteral("postgresql://") + QString::fromLatin1(QUrl::toPercentEncoding(user)) + QLatin1Char('@')
        + urlHost + QLatin1Char(':') + QString::number(port) + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(database));
}

QString ConnectionIdentity::key() const
{
    ConnectionIdentity shown = *this;
    shown.host = shownHost();
    return shown.address();
}

bool ConnectionIdentity::operator==(const ConnectionIdentity &other) const
{
    return user == other.user && host == other.host && port == other.port && database == other.database;
}

} // namespace bitext
