#pragma once

#include "models/store/connectionidentity.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bitext {

// Where a team library on a PostgreSQL server lives, read from a URL of the form
// postgresql://USER@HOST:PORT/DB?sslmode=MODE. It never holds a password from the
// URL or from settings: the caller (the keychain, a prompt) fills `password`, and
// when it stays empty libpq looks in its own places (PGPASSWORD, PGPASSFILE,
// ~/.pgpass) as every PostgreSQL client does.
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    // Empty: libpq's default, the local socket (or PGHOST), as for every PostgreSQL client.
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database;
    QString user;
    QString sslMode; // libpq's sslmode; empty = libpq's default (prefer)
    std::optional<QString> password;
    // Seconds libpq waits for the server to answer before giving up, so that an
    // unreachable server is reported instead of freezing the window or the command.
    int connectTimeoutSeconds = 10;

    // True when location names a server library rather than a file.
    static bool isUrl(const QString &location);
    // Parses a postgresql:// (or postgres://) URL. Throws Error with a message naming
    // what is wrong; a password written into the URL is refused, never kept.
    static ConnectionSettings fromUrl(const QString &url);
    // The URL again, without a password, for messages, titles and settings.
    QString url() const;
    // Who connects where: the key of this connection's password in the keychain and in
    // .pgpass. fromUrl() takes user, host, port and database from ConnectionIdentity's
    // own reading of the URL, so the password stored for a URL is the one it connects with.
    ConnectionIdentity identity() const;
    // libpq connection options for QSqlDatabase::setConnectOptions.
    QString connectOptions() const;

    // The hook for the keychain and the password prompt: a password that opened this
    // library once in this process (given in `password`) is remembered in memory
    // only, so that connections opened later from the URL alone (the import, export
    // and search workers reopen the library by its location) use it too. Never
    // written anywhere.
    static void rememberPassword(const ConnectionSettings &settings, const QString &password);
    static void forgetPassword(const ConnectionSettings &settings);
    // `password` if the caller gave one, else a remembered one, else none (libpq's
    // own sources then).
    std::optional<QString> passwordToUse() const;
};

} // namespace bitext
