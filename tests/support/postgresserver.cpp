#include "tests/support/postgresserver.h"

#include "models/core/error.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace bitext::test {

namespace {

const QString kBinDir = QStringLiteral("/usr/lib/postgresql/15/bin");
const QString kSuperuser = QStringLiteral("postgres");

std::unique_ptr<PostgresServer> &theServer()
{
    static std::unique_ptr<PostgresServer> server;
    return server;
}

// A port nobody listens on now: bind port 0 and read what the kernel chose. Another
// process may take it before the server binds; start() then tries again.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

// PostgreSQL refuses to run as root: as root (here and in CI) the server's folder
// belongs to the unprivileged user postgres and its programs run as that user.
bool runningAsRoot()
{
    return ::geteuid() == 0;
}

void giveToUser(const QString &path, uid_t uid, gid_t gid)
{
    if (::chown(QFile::encodeName(path).constData(), uid, gid) != 0)
        throw Error(QStringLiteral("cannot give %1 to the postgres user").arg(path));
}

} // namespace

int PostgresServer::unusedPort()
{
    return freePort();
}

PostgresServer &PostgresServer::instance()
{
    std::unique_ptr<PostgresServer> &server = theServer();
    if (!server) {
        server.reset(new PostgresServer());
        server->start();
    }
    return *server;
}

void PostgresServer::shutdown()
{
    theServer().reset();
}

PostgresServer *PostgresServer::current()
{
    return theServer().get();
}

PostgresServer::PostgresServer()
    : m_dir(QDir::tempPath() + QStringLiteral("/bitext-pg-XXXXXX"))
{
    m_dataDir = m_dir.path() + QStringLiteral("/data");
}

PostgresServer::~PostgresServer()
{
    stop();
}

void PostgresServer::run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"),
            QStringList {QStringLiteral("-u"), kSuperuser, QStringLiteral("--"), kBinDir + QLatin1Char('/') + program}
                + arguments);
    else
        process.start(kBinDir + QLatin1Char('/') + program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw Error(QStringLiteral("%1 failed (%2): %3")
                        .arg(program,
                            finished ? QStringLiteral("exit %1").arg(process.exitCode()) : QStringLiteral("timed out"),
                            QString::fromLocal8Bit(process.readAll())));
}

void PostgresServer::start()
{
    if (!m_dir.isValid())
        throw Error(QStringLiteral("cannot create a folder for the test server"));
    if (runningAsRoot()) {
        const passwd *user = ::getpwnam("postgres");
        if (!user)
            throw Error(QStringLiteral("running as root, and there is no user postgres to run the test server"));
        giveToUser(m_dir.path(), user->pw_uid, user->pw_gid);
    }
    // Local (socket) connections are trusted, TCP ones need a password: the tests
    // connect over TCP as a Bitext user would, the fixture administers over the socket.
    run(QStringLiteral("initdb"),
        {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), kSuperuser, QStringLiteral("--auth-local=trust"),
            QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
            QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
        120000);
    // Durability is not what the tests are about; speed is.
    const QString fastOptions = QStringLiteral("-c fsync=off -c synchronous_commit=off -c full_page_writes=off");
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freePort();
        try {
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"), m_dir.path() + QStringLiteral("/server.log"),
                    QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                    QStringLiteral("-c listen_addresses=127.0.0.1 -k %1 -p %2 %3")
                        .arg(m_dir.path())
                        .arg(m_port)
                        .arg(fastOptions),
                    QStringLiteral("start")},
                90000);
            m_running = true;
        } catch (const Error &) {
            if (attempt == 2)
                throw;
        }
    }
    // Should this process die without shutdown(), a watchdog stops the server
    // instead of leaving it running after the test.
    QProcess::startDetached(QStringLiteral("sh"),
        {QStringLiteral("-c"),
            QStringLiteral(
                "while kill -0 %1 2>/dev/null; do sleep 2; done; "
                "if [ -d '%2' ]; then %3 %4/pg_ctl -D '%2' -m immediate stop >/dev/null 2>&1; rm -rf '%5'; fi")
                .arg(QCoreApplication::applicationPid())
                .arg(m_dataDir, runningAsRoot() ? QStringLiteral("runuser -u postgres --") : QString(), kBinDir,
                    m_dir.path())});
    adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role(), password()));
    // libpq's own source for the password: every connection of this process and of
    // the bitext processes it starts finds it there.
    qputenv("PGPASSWORD", password().toUtf8());
}

void PostgresServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    try {
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                QStringLiteral("stop")},
            60000);
    } catch (const Error &error) {
        qWarning("%s", error.what());
    }
}

void PostgresServer::adminExec(const QString &sql, const QString &database)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("bitext-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_dir.path()); // a folder: the server's Unix socket there
        db.setPort(m_port);
        db.setUserName(kSuperuser);
        db.setDatabaseName(database);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                failure = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.isEmpty())
        throw Error(QStringLiteral("test server: %1 (in: %2)").arg(failure, sql));
}

QString PostgresServer::createDatabase(const QString &owner)
{
    const QString name = QStringLiteral("bitext_test_%1").arg(++m_databases);
    adminExec(QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE template0 ENCODING 'UTF8'").arg(name, owner));
    return name;
}

void PostgresServer::createRole(const QString &name, const QString &password)
{
    adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(name, password));
}

void PostgresServer::dropDatabase(const QString &name)
{
    adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

ConnectionSettings PostgresServer::settings(const QString &database) const
{
    ConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = m_port;
    settings.database = database;
    settings.user = role();
    settings.sslMode = QStringLiteral("disable");
    settings.connectTimeoutSeconds = 10;
    return settings;
}

} // namespace bitext::test
