// `bitext --library URL` on a server that wants a password: the command line finds it
// in the keychain or .pgpass, or asks at the terminal; never from an argument.
#include "tests/support/postgresserver.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

// A role whose password libpq cannot know by itself (not the one in PGPASSWORD).
struct PasswordLibrary
{
    QString role;
    QString password;
    QString database;
    QString url;

    explicit PasswordLibrary(const char *name)
    {
        test::PostgresServer &server = test::PostgresServer::instance();
        role = QStringLiteral("cli_%1_%2").arg(QLatin1String(name)).arg(QCoreApplication::applicationPid());
        password = QStringLiteral("Cli-%1-Secret").arg(QLatin1String(name));
        server.createRole(role, password);
        database = server.createDatabase(role);
        url = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=disable")
                  .arg(role)
                  .arg(server.port())
                  .arg(database);
    }
};

// Runs bitext without PGPASSWORD, with the given PGPASSFILE and stdin not a terminal.
test::ProcessResult run(const QStringList &arguments, const QString &pgpass, const QByteArray &input = {})
{
    return test::runBitextWithInput(
        arguments, input, {QStringLiteral("PGPASSWORD"), QStringLiteral("PGPASSFILE=") + pgpass});
}

} // namespace

TEST_CASE("a refused connection with no password anywhere and no terminal says what to do", "[password][server]")
{
    const PasswordLibrary library("none");
    QTemporaryDir dir;
    const QString pgpass = dir.filePath(QStringLiteral("pgpass"));
    const auto result = run({QStringLiteral("--library"), library.url, QStringLiteral("list")}, pgpass);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("wants a password")));
    CHECK(result.err.contains(QStringLiteral("not a terminal")));
    CHECK(result.err.contains(QStringLiteral("bitext password set postgresql://%1@127.0.0.1").arg(library.role)));
    CHECK(result.err.contains(pgpass));
    CHECK_FALSE(result.err.contains(library.password));
}

TEST_CASE("the keychain's password opens a server library on the command line", "[password][server]")
{
    const PasswordLibrary library("keychain");
    QTemporaryDir dir;
    const QString pgpass = dir.filePath(QStringLiteral("pgpass"));
    // Stored under the URL exactly as --library takes it.
    auto result
        = run({QStringLiteral("password"), QStringLiteral("set"), library.url, QStringLiteral("--password-stdin")},
            pgpass, library.password.toUtf8() + '\n');
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    result = run({QStringLiteral("--library"), library.url, QStringLiteral("list"), QStringLiteral("--json")}, pgpass);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.trimmed() == QStringLiteral("[]"));
    CHECK_FALSE(result.err.contains(library.password));
    // An import reopens the library in its workers with the remembered password.
    result = run({QStringLiteral("--library"), library.url, QStringLiteral("import"),
                     test::seedPath(QStringLiteral("001_b20dc5de5308e2ee.txt"))},
        pgpass);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(run({QStringLiteral("password"), QStringLiteral("forget"), library.url}, pgpass).exitCode == 0);
}

TEST_CASE("a .pgpass line opens a server library on the command line", "[password][server]")
{
    const PasswordLibrary library("pgpass");
    QTemporaryDir dir;
    const QString pgpass = dir.filePath(QStringLiteral("pgpass"));
    QFile file(pgpass);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("127.0.0.1:%1:%2:%3:%4\n")
                   .arg(test::PostgresServer::instance().port())
                   .arg(library.database, library.role, library.password)
                   .toUtf8());
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const auto result = run({QStringLiteral("--library"), library.url, QStringLiteral("list")}, pgpass);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK_FALSE(result.err.contains(library.password));
}
