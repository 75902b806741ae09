// `bitext password set|forget` and the command line's password resolver, with the real
// binary, a real pseudo-terminal and gnome-keyring's secret service of the test session.
#include "app/cli/passwordresolver.h"
#include "models/core/error.h"
#include "models/store/passwordstore.h"
#include "tests/support/credentials.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>

#include <fcntl.h>
#include <pty.h>
#include <unistd.h>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

QString ownUrl(const char *name)
{
    return QStringLiteral("postgresql://tester@127.0.0.1:5432/cli-%1-%2")
        .arg(QLatin1String(name))
        .arg(QCoreApplication::applicationPid());
}

PasswordStore::Result readKeychain(const QString &url)
{
    const ConnectionIdentity id = ConnectionIdentity::fromUrl(url);
    return cli::PasswordResolver::wait(
        [&id](PasswordStore &store, PasswordStore::Callback done) { store.read(id, std::move(done)); });
}

// Runs bitext with stdin fed from a pipe; extra environment on top of the test's own.
test::ProcessResult runPiped(const QStringList &arguments, const QByteArray &input, const QStringList &environment = {})
{
    return test::runBitextWithInput(arguments, input, environment);
}

// Standard input of this process replaced by /dev/null for a scope.
class NoTerminal
{
public:
    NoTerminal()
        : m_saved(dup(STDIN_FILENO))
    {
        const int null = open("/dev/null", O_RDONLY);
        dup2(null, STDIN_FILENO);
        close(null);
    }
    ~NoTerminal()
    {
        dup2(m_saved, STDIN_FILENO);
        close(m_saved);
    }

private:
    int m_saved;
};

} // namespace

TEST_CASE("password set at a terminal: no echo, stored in the keychain; forget removes it", "[password][cli]")
{
    const QString url = ownUrl("pty");
    const QByteArray password = "typed-at-Terminal-9";
    int master = -1;
    int slave = -1;
    REQUIRE(openpty(&master, &slave, nullptr, nullptr, nullptr) == 0);
    const QString slaveName = QString::fromLocal8Bit(ttyname(slave));

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(slaveName);
    process.start(test::bitextBinary(), {QStringLiteral("password"), QStringLiteral("set"), url});
    REQUIRE(process.waitForStarted());
    QByteArray err;
    // Typed only once the prompt shows, i.e. once echo is off.
    REQUIRE(test::waitFor(
        [&] {
            process.waitForReadyRead(50);
            err += process.readAllStandardError();
            return err.contains("Password for ");
        },
        30000));
    CHECK(err.contains(url.toUtf8()));
    REQUIRE(write(master, password.constData(), size_t(password.size())) == password.size());
    REQUIRE(write(master, "\n", 1) == 1);
    REQUIRE(process.waitForFinished(60000));
    err += process.readAllStandardError();
    const QByteArray out = process.readAllStandardOutput();
    INFO(err.toStdString());
    CHECK(process.exitCode() == 0);
    CHECK(out.contains("Stored the password"));

    // What the terminal showed: the line end only, never the password.
    fcntl(master, F_SETFL, O_NONBLOCK);
    char buffer[4096];
    const ssize_t count = read(master, buffer, sizeof buffer);
    const QByteArray shown(buffer, int(std::max<ssize_t>(count, 0)));
    CHECK(shown.contains('\n')); // the echoed line end: this is what the terminal showed
    CHECK_FALSE(shown.contains(password));
    close(master);
    close(slave);
    CHECK_FALSE(out.contains(password));
    CHECK_FALSE(err.contains(password));

    const PasswordStore::Result stored = readKeychain(url);
    CHECK(stored.status == PasswordStore::Status::Ok);
    CHECK(stored.password == QString::fromUtf8(password));

    const auto forget
        = test::runBitext({QStringLiteral("password"), QStringLiteral("forget"), url, QStringLiteral("--json")});
    INFO(forget.err.toStdString());
    CHECK(forget.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(forget.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("url")).toString() == url);
    CHECK(json.value(QStringLiteral("action")).toString() == QStringLiteral("forget"));
    CHECK(readKeychain(url).status == PasswordStore::Status::NotFound);
    CHECK(test::homeFilesContaining(password).isEmpty());
}

TEST_CASE("password set from a pipe: refused without --password-stdin, stored with it", "[password][cli]")
{
    const QString url = ownUrl("pipe");
    const QByteArray password = "piped-Password-3";

    auto result = runPiped({QStringLiteral("password"), QStringLiteral("set"), url}, password + '\n');
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("standard input is not a terminal")));
    CHECK(result.err.contains(QStringLiteral("--password-stdin")));
    CHECK_FALSE(result.err.contains(QString::fromUtf8(password)));
    CHECK(readKeychain(url).status == PasswordStore::Status::NotFound);

    result = runPiped({QStringLiteral("password"), QStringLiteral("set"), url, QStringLiteral("--password-stdin"),
                          QStringLiteral("--json")},
        password + '\n');
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("action")).toString()
        == QStringLiteral("set"));
    CHECK_FALSE(result.out.contains(QString::fromUtf8(password)));
    CHECK(readKeychain(url).password == QString::fromUtf8(password));

    // Replacing it.
    result = runPiped(
        {QStringLiteral("password"), QStringLiteral("set"), url, QStringLiteral("--password-stdin")}, "replaced\n");
    CHECK(result.exitCode == 0);
    CHECK(readKeychain(url).password == QStringLiteral("replaced"));

    CHECK(test::runBitext({QStringLiteral("password"), QStringLiteral("forget"), url}).exitCode == 0);
    CHECK(readKeychain(url).status == PasswordStore::Status::NotFound);
    CHECK(test::homeFilesContaining(password).isEmpty());
}

TEST_CASE("password never comes from an argument or a URL", "[password][cli]")
{
    const auto withPassword = test::runBitext({QStringLiteral("password"), QStringLiteral("set"),
        QStringLiteral("postgresql://tester:Arg-Secret-5@127.0.0.1:5432/x")});
    CHECK(withPassword.exitCode == 1);
    CHECK(withPassword.err.contains(QStringLiteral("the URL contains a password")));
    CHECK_FALSE(withPassword.err.contains(QStringLiteral("Arg-Secret-5")));
    CHECK_FALSE(withPassword.out.contains(QStringLiteral("Arg-Secret-5")));

    const auto option = test::runBitext({QStringLiteral("password"), QStringLiteral("set"), ownUrl("option"),
        QStringLiteral("--password"), QStringLiteral("Arg-Secret-5")});
    CHECK(option.exitCode == 2);

    const auto usage = test::runBitext({QStringLiteral("password"), QStringLiteral("show"), ownUrl("usage")});
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.contains(QStringLiteral("set or forget")));
}

TEST_CASE("with no keychain reachable the command line says why and keeps no plaintext", "[password][cli]")
{
    const QString url = ownUrl("nokeychain");
    const QByteArray password = "nowhere-Secret-8";
    const QString noBus
        = QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=") + QDir::homePath() + QStringLiteral("/no-session-bus");
    const auto result
        = runPiped({QStringLiteral("password"), QStringLiteral("set"), url, QStringLiteral("--password-stdin")},
            password + '\n', {noBus});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("No system keychain is reachable")));
    CHECK_FALSE(result.err.contains(QString::fromUtf8(password)));
    CHECK_FALSE(result.out.contains(QString::fromUtf8(password)));
    CHECK(test::homeFilesContaining(password).isEmpty());

    const auto forget = runPiped({QStringLiteral("password"), QStringLiteral("forget"), url}, {}, {noBus});
    CHECK(forget.exitCode == 1);
    CHECK(forget.err.contains(QStringLiteral("No system keychain is reachable")));
}

TEST_CASE(
    "the resolver takes the keychain, then .pgpass, and without a terminal says what to do", "[password][resolver]")
{
    const QString url = ownUrl("resolver");
    const ConnectionIdentity id = ConnectionIdentity::fromUrl(url);
    QString messages;
    QTextStream err(&messages);
    const QByteArray savedPgpass = qgetenv("PGPASSFILE");
    const QString pgpass = QDir::homePath() + QStringLiteral("/resolver-pgpass");
    qputenv("PGPASSFILE", QFile::encodeName(pgpass));
    NoTerminal noTerminal;

    // stored() asks nobody: a server that trusts the user needs no password.
    cli::PasswordResolver resolver(id, err);
    CHECK_FALSE(resolver.stored());
    CHECK_THROWS_AS(resolver.ask(QStringLiteral("The server refused the password.")), Error);
    err.flush();
    CHECK(messages.contains(QStringLiteral("bitext: The server refused the password.")));

    // Nothing anywhere and no terminal: an error that names both ways out.
    try {
        cli::PasswordResolver(id, err).resolve();
        FAIL("resolved a password from nowhere");
    } catch (const Error &error) {
        CHECK(error.message().contains(QStringLiteral("not a terminal")));
        CHECK(error.message().contains(QStringLiteral("bitext password set ") + url));
        CHECK(error.message().contains(pgpass));
    }

    // .pgpass with loose permissions: ignored, with a warning.
    QFile file(pgpass);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("127.0.0.1:5432:" + id.database.toUtf8() + ":tester:from-pgpass\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    messages.clear();
    CHECK_THROWS_AS(cli::PasswordResolver(id, err).resolve(), Error);
    err.flush();
    CHECK(messages.contains(QStringLiteral("group or world access")));

    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    CHECK(cli::PasswordResolver(id, err).resolve() == QStringLiteral("from-pgpass"));

    // The keychain comes first.
    cli::PasswordResolver::wait([&id](PasswordStore &store, PasswordStore::Callback done) {
        store.write(id, QStringLiteral("from-keychain"), std::move(done));
    });
    CHECK(cli::PasswordResolver(id, err).resolve() == QStringLiteral("from-keychain"));
    cli::PasswordResolver::wait(
        [&id](PasswordStore &store, PasswordStore::Callback done) { store.forget(id, std::move(done)); });
    err.flush();
    CHECK_FALSE(messages.contains(QStringLiteral("from-")));

    qunsetenv("PGPASSFILE");
    if (!savedPgpass.isNull())
        qputenv("PGPASSFILE", savedPgpass);
}
