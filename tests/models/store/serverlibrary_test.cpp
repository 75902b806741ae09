// A library on a PostgreSQL server: the address, what a user sees when the server
// cannot be reached or refuses, and what both backends share.
#include "models/core/error.h"
#include "models/store/annotationrepository.h"
#include "models/store/connectionsettings.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/schemamigrator.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <vector>

using namespace bitext;

namespace {

// A TCP port that accepts connections and then never answers, like a server behind
// a dead link: only the connect timeout ends the wait.
class SilentServer
{
public:
    SilentServer()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof(address));
        ::listen(m_fd, 8);
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
    }
    ~SilentServer() { ::close(m_fd); }
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

QString openError(const std::function<void()> &open)
{
    try {
        open();
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

} // namespace

TEST_CASE("A server library address is read into its parts", "[store][server]")
{
    const ConnectionSettings s = ConnectionSettings::fromUrl(
        QStringLiteral("postgresql://anna@db.example.org:6543/interviews?sslmode=require"));
    CHECK(s.user == QStringLiteral("anna"));
    CHECK(s.host == QStringLiteral("db.example.org"));
    CHECK(s.port == 6543);
    CHECK(s.database == QStringLiteral("interviews"));
    CHECK(s.sslMode == QStringLiteral("require"));
    CHECK_FALSE(s.password.has_value());
    CHECK(s.url() == QStringLiteral("postgresql://anna@db.example.org:6543/interviews?sslmode=require"));
    CHECK(ConnectionSettings::fromUrl(QStringLiteral("postgres://anna@host/lib")).port == 5432);
    CHECK(ConnectionSettings::isUrl(QStringLiteral("postgresql://anna@host/lib")));
    CHECK_FALSE(ConnectionSettings::isUrl(QStringLiteral("/home/anna/library.sqlite")));

    // A password in the address is refused, and not repeated in the message.
    const QString message
        = openError([] { ConnectionSettings::fromUrl(QStringLiteral("postgresql://anna:hunter2secret@host/lib")); });
    CHECK(message.contains(QStringLiteral("keychain")));
    CHECK_FALSE(message.contains(QStringLiteral("hunter2secret")));
    CHECK_FALSE(openError([] { ConnectionSettings::fromUrl(QStringLiteral("postgresql://anna@host/")); }).isEmpty());
    CHECK_FALSE(openError([] {
        ConnectionSettings::fromUrl(QStringLiteral("postgresql://anna@host/lib?sslmode=maybe"));
    }).isEmpty());
}

TEST_CASE("A server library address is never taken for a file path", "[store][server]")
{
    // Before, the command line created a folder "postgresql:" with an SQLite file in it.
    const QString folder = QDir::current().absoluteFilePath(QStringLiteral("postgresql:"));
    QDir(folder).removeRecursively();
    SilentServer nobody; // nothing that speaks PostgreSQL there
    const QString url = QStringLiteral("postgresql://bitext@127.0.0.1:%1/lib?connect_timeout=2").arg(nobody.port());
    CHECK_FALSE(openError([&] { Library::open(url); }).isEmpty());
    const test::ProcessResult result = test::runBitext({QStringLiteral("--library"), url, QStringLiteral("list")});
    CHECK(result.exitCode != 0);
    CHECK(result.err.contains(url));
    CHECK_FALSE(QFileInfo::exists(folder));
}

TEST_CASE("An unreachable server is reported after the connect timeout, not waited for", "[store][server]")
{
    SilentServer silent;
    ConnectionSettings settings;
    settings.port = silent.port();
    settings.user = QStringLiteral("bitext");
    settings.database = QStringLiteral("lib");
    settings.connectTimeoutSeconds = 2;
    QElapsedTimer timer;
    timer.start();
    const QString message = openError([&] { Library::openPostgres(settings); });
    CHECK(timer.elapsed() < 10000);
    CHECK(message.contains(QStringLiteral("cannot be reached")));
    CHECK(message.contains(settings.url()));
}

TEST_CASE("A wrong password is reported as such, without the password", "[store][server][postgres]")
{
    test::PostgresServer &server = test::PostgresServer::instance();
    const QString database = server.createDatabase();
    ConnectionSettings settings = server.settings(database);
    settings.password = QStringLiteral("not-the-password-7731");
    const QString message = openError([&] { Library::openPostgres(settings); });
    CHECK(message.contains(QStringLiteral("refused the user name or password")));
    CHECK_FALSE(message.contains(QStringLiteral("not-the-password-7731")));
    // The right one, given by the caller (as the keychain will), opens the library.
    settings.password = test::PostgresServer::password();
    CHECK(Library::openPostgres(settings)->documents().list().isEmpty());
    server.dropDatabase(database);
}

TEST_CASE("The schema version is kept in a table both backends have", "[store]")
{
    test::TemporaryLibrary lib;
    CHECK(lib->database().scalar(QStringLiteral("SELECT version FROM schema_version")).toInt()
        == SchemaMigrator::currentVersion());
    lib.reopen();
    CHECK(lib->database().scalar(QStringLiteral("SELECT count(*) FROM schema_version")).toInt() == 1);
}

TEST_CASE("Rows restored with their old ids do not collide with the next new row", "[store]")
{
    test::TemporaryLibrary lib;
    // Undo of a delete puts rows back with ids the id generator has not given yet
    // (a row made in another library, or a generator that lags, as PostgreSQL's
    // sequences do when a row is inserted with an explicit id).
    Tag tag;
    tag.id = 40;
    tag.name = QStringLiteral("Restored");
    tag.color = QColor(QStringLiteral("#ffd54f"));
    lib->tags().restore(tag);
    CHECK(lib->tags().create(0, QStringLiteral("New")) > 40);

    Speaker speaker;
    speaker.id = 30;
    speaker.name = QStringLiteral("Restored speaker");
    speaker.color = QColor(QStringLiteral("#81c784"));
    lib->speakers().restore(speaker);
    CHECK(lib->speakers().resolve(QStringLiteral("New speaker")) > 30);
}

TEST_CASE("BITEXT_LIBRARY may name a server library: import, list and search on it", "[store][server][postgres]")
{
    test::PostgresServer &server = test::PostgresServer::instance();
    const QString database = server.createDatabase();
    const QString url = server.settings(database).url();
    qputenv("BITEXT_LIBRARY", url.toUtf8());
    const test::ProcessResult import = test::runBitext({QStringLiteral("import"),
        test::seedPath(QStringLiteral("001_b20dc5de5308e2ee.txt")), QStringLiteral("--json")});
    const test::ProcessResult list = test::runBitext({QStringLiteral("list"), QStringLiteral("--json")});
    const test::ProcessResult search = test::runBitext({QStringLiteral("search"), QStringLiteral("Askell")});
    qunsetenv("BITEXT_LIBRARY");
    INFO(import.err.toStdString() << list.err.toStdString() << search.err.toStdString());
    CHECK(import.exitCode == 0);
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("\"segments\":147")));
    CHECK(search.exitCode == 0);
    CHECK(search.out.contains(QStringLiteral("Askell")));
    CHECK(Library::open(url)->documents().list().size() == 1);
    server.dropDatabase(database);
}

TEST_CASE("Several commands creating one new server library at once all succeed", "[store][server][postgres]")
{
    test::PostgresServer &server = test::PostgresServer::instance();
    const QString database = server.createDatabase();
    const QString url = server.settings(database).url();
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < 4; ++i)
        runs.push_back(
            test::startBitext({QStringLiteral("--library"), url, QStringLiteral("tags"), QStringLiteral("--json")}));
    QStringList failures;
    for (const auto &run : runs) {
        REQUIRE(run);
        REQUIRE(run->waitForFinished(120000));
        if (run->exitCode() != 0)
            failures << QString::fromUtf8(run->readAllStandardError()).trimmed();
    }
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
    CHECK(Library::open(url)->database().scalar(QStringLiteral("SELECT version FROM schema_version")).toInt()
        == SchemaMigrator::currentVersion());
    server.dropDatabase(database);
}

TEST_CASE("A password given once opens later connections to the same library", "[store][server][postgres]")
{
    test::PostgresServer &server = test::PostgresServer::instance();
    const QString database = server.createDatabase();
    ConnectionSettings settings = server.settings(database);
    const QString url = settings.url();
    // No password from libpq's own sources: only the one the caller gives (as the
    // keychain or the prompt will).
    const QByteArray fromEnvironment = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    CHECK(openError([&] { Library::open(url); }).contains(QStringLiteral("wants a password")));
    settings.password = test::PostgresServer::password();
    CHECK_NOTHROW(Library::openPostgres(settings));
    // A worker thread reopens the library from its URL alone.
    QString workerError;
    QThread *worker = QThread::create([&] { workerError = openError([&] { Library::open(url); }); });
    worker->start();
    worker->wait();
    delete worker;
    CHECK(workerError.isEmpty());
    ConnectionSettings::forgetPassword(settings);
    CHECK_FALSE(openError([&] { Library::open(url); }).isEmpty());
    qputenv("PGPASSWORD", fromEnvironment);
    server.dropDatabase(database);
}
