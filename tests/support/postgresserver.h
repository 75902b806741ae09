#pragma once

#include "models/store/connectionsettings.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace bitext::test {

// A private PostgreSQL 15 server for one test process: initdb into a temporary
// folder (owned by the unprivileged user postgres when the tests run as root, as
// PostgreSQL refuses to run as root), listening on 127.0.0.1 on a free port and on a
// socket in that folder, stopped when the process ends. ctest runs test programs in
// parallel, so every process starts its own; a test case gets a fresh database.
class PostgresServer
{
public:
    // The process's server, started on first use. Throws Error when it cannot start.
    static PostgresServer &instance();
    // Stops the server if one was started (the test main calls it before exiting).
    static void shutdown();
    // The running server, or null (none started yet, or already shut down).
    static PostgresServer *current();

    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    int port() const { return m_port; }
    // The folder of the server's Unix socket (local connections are trusted).
    QString socketFolder() const { return m_dir.path(); }
    // A loopback port nobody listens on now: a server that cannot be reached.
    static int unusedPort();
    // The role tests connect as, and its password (given to libpq as PGPASSWORD).
    static QString role() { return QStringLiteral("bitext_test"); }
    static QString password() { return QStringLiteral("bitext-test-secret"); }

    // Creates an empty database owned by owner and returns its name.
    QString createDatabase(const QString &owner = role());
    // A login role with its own password, asked for over TCP (scram-sha-256 in pg_hba,
    // as for every TCP connection here; the superuser keeps trust on the socket). Unlike
    // role(), its password is not in PGPASSWORD: libpq alone cannot log in as it, so
    // the server refuses until Bitext finds or asks for the password.
    void createRole(const QString &name, const QString &password);
    // Drops a database made by createDatabase() (ends its remaining connections).
    void dropDatabase(const QString &name);
    // Settings for a TCP connection to database as role() (no password in them:
    // libpq takes it from PGPASSWORD, set by the server for this process).
    ConnectionSettings settings(const QString &database) const;
    // Runs SQL as the superuser over the socket, e.g. to create roles.
    void adminExec(const QString &sql, const QString &database = QStringLiteral("postgres"));

private:
    PostgresServer();
    void start();
    void stop();
    // Runs a PostgreSQL program as the server's owner; throws with its output on failure.
    void run(const QString &program, const QStringList &arguments, int timeoutMs);

    QTemporaryDir m_dir;
    QString m_dataDir;
    int m_port = 0;
    bool m_running = false;
    int m_databases = 0;
};

} // namespace bitext::test
