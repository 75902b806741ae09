#pragma once

#include <QCoreApplication>
#include <QString>

namespace bitext {

// Who connects where on a PostgreSQL server (user@host:port/db): what a password
// belongs to, in the keychain and in .pgpass. Options such as sslmode are not part of it.
struct ConnectionIdentity
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionIdentity)

public:
    QString user;
    // Empty for the local socket (libpq's default), a folder for another socket.
    QString host;
    int port = 5432;
    QString database;

    // True for postgresql:// and postgres:// URLs, the two schemes libpq accepts.
    static bool isUrl(const QString &text);
    // Reads a postgresql://USER@HOST:PORT/DB?... URL; what it leaves out comes from
    // PGUSER, PGHOST, PGPORT and PGDATABASE and then libpq's defaults. Throws Error for
    // anything else, and for a URL that carries a password (it would end up in shell
    // histories, process lists and settings); the message never repeats the password.
    static ConnectionIdentity fromUrl(const QString &url);

    // The user libpq connects as when none is named: PGUSER, else the login name.
    static QString defaultUser();

    // The host as people and .pgpass name it: localhost for the local socket.
    QString shownHost() const;
    // postgresql://user@host:port/db as libpq reads it back: the local socket is an
    // empty host (postgresql://user@:5432/db), a socket folder percent-encoded.
    QString address() const;
    // postgresql://user@host:port/db: the keychain entry's key and how messages name the
    // connection. The local socket is named localhost, as .pgpass names it.
    QString key() const;

    bool operator==(const ConnectionIdentity &other) const;
    bool operator!=(const ConnectionIdentity &other) const { return !(*this == other); }
};

} // namespace bitext
