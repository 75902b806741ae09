// Logging in to a server library: a refused password is told apart from other
// failures, the keychain's key is the connection actually made, and a probe says what
// is at an address without changing it.
#include "models/core/error.h"
#include "models/import/importservice.h"
#include "models/store/connectionidentity.h"
#include "models/store/connectionsettings.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/libraryprobe.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

// A role of the test server that needs its own password, and a database it owns.
struct PasswordRole
{
    QString name;
    QString password;
    QString database;

    PasswordRole()
    {
        static int count = 0;
        test::PostgresServer &server = test::PostgresServer::instance();
        name = QStringLiteral("login_%1_%2").arg(QCoreApplication::applicationPid()).arg(++count);
        password = QStringLiteral("Role-Secret-%1").arg(count);
        server.createRole(name, password);
        database = server.createDatabase(name);
    }
    ConnectionSettings settings() const
    {
        ConnectionSettings s = test::PostgresServer::instance().settings(database);
        s.user = name;
        return s;
    }
};

} // namespace

TEST_CASE("A refused password is an AuthenticationError, other failures are not", "[store][server][login]")
{
    const PasswordRole role;
    ConnectionSettings settings = role.settings();
    // PGPASSWORD holds the other role's password: the server refuses this one.
    try {
        Library::openPostgres(settings);
        FAIL("opened without the role's password");
    } catch (const AuthenticationError &error) {
        CHECK(error.message().contains(QStringLiteral("refused the user name or password")));
        CHECK(error.message().contains(settings.url()));
    }
    const QByteArray saved = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    CHECK_THROWS_AS(Library::openPostgres(settings), AuthenticationError); // none at all
    qputenv("PGPASSWORD", saved);
    qunsetenv("PGPASSFILE");

    settings.password = QStringLiteral("wrong-Secret-42");
    try {
        Library::openPostgres(settings);
        FAIL("opened with a wrong password");
    } catch (const AuthenticationError &error) {
        CHECK_FALSE(error.message().contains(QStringLiteral("wrong-Secret-42")));
    }

    ConnectionSettings unreachable = settings;
    unreachable.port = test::PostgresServer::unusedPort();
    try {
        Library::openPostgres(unreachable);
        FAIL("connected to a closed port");
    } catch (const AuthenticationError &) {
        FAIL("an unreachable server taken for a refused password");
    } catch (const Error &error) {
        CHECK(error.message().contains(QStringLiteral("cannot be reached")));
    }

    settings.password = role.password;
    CHECK(Library::openPostgres(settings)->documents().list().isEmpty());
    // Remembered for this process: the workers reopen by the URL alone.
    CHECK(Library::open(settings.url())->location() == settings.url());
    ConnectionSettings::forgetPassword(settings);
}

TEST_CASE("The keychain's key is the connection the store makes", "[store][server][login]")
{
    // No host: the local socket for libpq, for .pgpass (localhost) and for the keychain.
    const QString socketUrl = QStringLiteral("postgresql://anna@/interviews");
    const ConnectionSettings socket = ConnectionSettings::fromUrl(socketUrl);
    CHECK(socket.host == ConnectionIdentity::fromUrl(socketUrl).host);
    CHECK(socket.identity() == ConnectionIdentity::fromUrl(socketUrl));
    CHECK(socket.identity().key() == QStringLiteral("postgresql://anna@localhost:5432/interviews"));
    CHECK(ConnectionSettings::fromUrl(socket.url()).identity() == socket.identity());

    for (const QString &url :
        {QStringLiteral("postgresql://anna@127.0.0.1:5433/lib?sslmode=require"),
            QStringLiteral("postgres://anna@db.example.org/lib"), QStringLiteral("postgresql://anna@[::1]:6000/lib")}) {
        const ConnectionSettings settings = ConnectionSettings::fromUrl(url);
        CHECK(settings.identity() == ConnectionIdentity::fromUrl(url));
        CHECK(ConnectionSettings::fromUrl(settings.url()).identity() == settings.identity());
    }
    CHECK(ConnectionSettings::fromUrl(QStringLiteral("postgresql://anna@[::1]:6000/lib")).url()
        == QStringLiteral("postgresql://anna@[::1]:6000/lib"));

    // A socket folder, as libpq writes it: the store connects there.
    test::PostgresServer &server = test::PostgresServer::instance();
    const QString database = server.createDatabase();
    // Concatenated: the folder's %2F would be taken for a placeholder by arg().
    const QString folderUrl = QStringLiteral("postgresql://") + test::PostgresServer::role() + QLatin1Char('@')
        + QString::fromLatin1(QUrl::toPercentEncoding(server.socketFolder())) + QLatin1Char(':')
        + QString::number(server.port()) + QLatin1Char('/') + database;
    const ConnectionSettings folder = ConnectionSettings::fromUrl(folderUrl);
    CHECK(folder.host == server.socketFolder());
    CHECK(folder.identity() == ConnectionIdentity::fromUrl(folderUrl));
    CHECK(folder.url() == folderUrl);
    CHECK(Library::open(folderUrl)->location() == folderUrl);
    server.dropDatabase(database);
}

TEST_CASE("A probe says what is at an address without changing it", "[store][server][login]")
{
    test::PostgresServer &server = test::PostgresServer::instance();
    const QString database = server.createDatabase();
    const ConnectionSettings settings = server.settings(database);

    LibraryProbe probe = LibraryProbe::run(settings);
    CHECK(probe.status == LibraryProbe::Status::Empty);
    CHECK(probe.canOpen());
    CHECK(probe.summary().contains(QStringLiteral("empty database")));
    CHECK(LibraryProbe::run(settings).status == LibraryProbe::Status::Empty); // nothing was created

    {
        const std::unique_ptr<Library> library = Library::openPostgres(settings);
        ImportService service(*library);
        REQUIRE_FALSE(
            service.importFile(test::seedPath(QStringLiteral("001_b20dc5de5308e2ee.txt")), ImportService::Options())
                .failed());
    }
    probe = LibraryProbe::run(settings);
    CHECK(probe.status == LibraryProbe::Status::Library);
    CHECK(probe.documents == 1);
    // (Until the English plural catalogue has the string: "document(s)".)
    CHECK(probe.summary().startsWith(QStringLiteral("Connected: a Bitext library with 1 document")));

    const QString other = server.createDatabase();
    // Another role's table, which information_schema would not show to this one.
    server.adminExec(QStringLiteral("CREATE TABLE invoices (id integer)"), other);
    probe = LibraryProbe::run(server.settings(other));
    CHECK(probe.status == LibraryProbe::Status::NotLibrary);
    CHECK_FALSE(probe.canOpen());
    CHECK(probe.summary().contains(QStringLiteral("not a Bitext library")));

    const PasswordRole role;
    probe = LibraryProbe::run(role.settings());
    CHECK(probe.status == LibraryProbe::Status::Refused);

    ConnectionSettings closed = settings;
    closed.port = test::PostgresServer::unusedPort();
    probe = LibraryProbe::run(closed);
    CHECK(probe.status == LibraryProbe::Status::Failed);
    CHECK(probe.summary().contains(QStringLiteral("cannot be reached")));
    server.dropDatabase(database);
    server.dropDatabase(other);
}
