// The keychain for real: gnome-keyring's secret service in the test's D-Bus session
// (tests/run-ctest.sh starts it), and, in the ctest entry
// test_models_credentials_nokeychain, a session bus that does not exist.
#include "models/store/passwordlookup.h"
#include "models/store/passwordstore.h"
#include "tests/support/credentials.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <optional>

using namespace bitext;

namespace {

using Call = std::function<void(PasswordStore &, PasswordStore::Callback)>;

PasswordStore::Result run(PasswordStore &store, const Call &call)
{
    std::optional<PasswordStore::Result> answer;
    call(store, [&answer](const PasswordStore::Result &result) { answer = result; });
    // Asynchronous: nothing has answered before the event loop ran.
    CHECK_FALSE(answer);
    REQUIRE(test::waitFor([&answer] { return answer.has_value(); }, 30000));
    return *answer;
}

PasswordStore::Result readPassword(PasswordStore &store, const ConnectionIdentity &id)
{
    return run(store, [&id](PasswordStore &s, PasswordStore::Callback done) { s.read(id, std::move(done)); });
}

PasswordStore::Result writePassword(PasswordStore &store, const ConnectionIdentity &id, const QString &password)
{
    return run(store,
        [&id, &password](PasswordStore &s, PasswordStore::Callback done) { s.write(id, password, std::move(done)); });
}

PasswordStore::Result forgetPassword(PasswordStore &store, const ConnectionIdentity &id)
{
    return run(store, [&id](PasswordStore &s, PasswordStore::Callback done) { s.forget(id, std::move(done)); });
}

} // namespace

TEST_CASE("the keychain stores, reads, replaces and deletes a password", "[keychain]")
{
    PasswordStore store;
    const ConnectionIdentity id = test::ownConnection(QStringLiteral("store"));
    const QString first = QStringLiteral("first-Pässword:1");
    const QString second = QStringLiteral("second password 对齐");

    PasswordStore::Result result = readPassword(store, id);
    INFO(result.message.toStdString());
    REQUIRE(result.status == PasswordStore::Status::NotFound);
    CHECK(result.message.contains(id.key()));

    REQUIRE(writePassword(store, id, first).status == PasswordStore::Status::Ok);
    result = readPassword(store, id);
    CHECK(result.status == PasswordStore::Status::Ok);
    CHECK(result.password == first);

    // Another connection on the same server is another entry.
    ConnectionIdentity otherDb = id;
    otherDb.database += QStringLiteral("-other");
    CHECK(readPassword(store, otherDb).status == PasswordStore::Status::NotFound);

    REQUIRE(writePassword(store, id, second).status == PasswordStore::Status::Ok);
    result = readPassword(store, id);
    CHECK(result.status == PasswordStore::Status::Ok);
    CHECK(result.password == second);

    CHECK(forgetPassword(store, id).status == PasswordStore::Status::Ok);
    CHECK(readPassword(store, id).status == PasswordStore::Status::NotFound);
    // Forgetting what is not there is no error.
    CHECK(forgetPassword(store, id).status == PasswordStore::Status::Ok);

    CHECK(test::homeFilesContaining(first.toUtf8()).isEmpty());
    CHECK(test::homeFilesContaining(second.toUtf8()).isEmpty());
}

TEST_CASE("a store destroyed before the keychain answers calls nobody back", "[keychain]")
{
    bool called = false;
    {
        PasswordStore store;
        store.read(test::ownConnection(QStringLiteral("destroyed")),
            [&called](const PasswordStore::Result &) { called = true; });
    }
    test::waitFor([] { return false; }, 500);
    CHECK_FALSE(called);
}

TEST_CASE("the lookup takes the keychain first, then .pgpass", "[keychain]")
{
    QTemporaryDir dir;
    const QString pgpass = dir.filePath(QStringLiteral("pgpass"));
    const ConnectionIdentity id = test::ownConnection(QStringLiteral("lookup"));
    {
        QFile file(pgpass);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("127.0.0.1:5432:" + id.database.toUtf8() + ":tester:from-pgpass\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    const QByteArray saved = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", QFile::encodeName(pgpass));

    PasswordStore store;
    std::optional<PasswordLookup::Result> found;
    const auto lookup = [&] {
        found.reset();
        PasswordLookup::find(store, id, [&found](const PasswordLookup::Result &r) { found = r; });
        REQUIRE(test::waitFor([&found] { return found.has_value(); }, 30000));
    };
    lookup();
    CHECK(found->source == PasswordLookup::Source::PasswordFile);
    CHECK(found->password == QStringLiteral("from-pgpass"));
    CHECK(found->keychainStatus == PasswordStore::Status::NotFound);

    REQUIRE(writePassword(store, id, QStringLiteral("from-keychain")).status == PasswordStore::Status::Ok);
    lookup();
    CHECK(found->source == PasswordLookup::Source::Keychain);
    CHECK(found->password == QStringLiteral("from-keychain"));
    forgetPassword(store, id);

    qunsetenv("PGPASSFILE");
    if (!saved.isNull())
        qputenv("PGPASSFILE", saved);
}

// Run by the ctest entry test_models_credentials_nokeychain only (hidden otherwise):
// DBUS_SESSION_BUS_ADDRESS points at no bus at all.
TEST_CASE("with no keychain reachable, every call says so and nothing is written anywhere", "[.][nokeychain]")
{
    PasswordStore store;
    const ConnectionIdentity id = test::ownConnection(QStringLiteral("nokeychain"));
    const QString password = QStringLiteral("no-keychain-Secret-42");

    PasswordStore::Result result = writePassword(store, id, password);
    INFO(result.message.toStdString());
    CHECK(result.status == PasswordStore::Status::NoKeychain);
    CHECK(result.message.contains(QStringLiteral("No system keychain is reachable")));
    CHECK(result.message.contains(QStringLiteral("asks for it each time")));
    CHECK_FALSE(result.message.contains(password));

    result = readPassword(store, id);
    CHECK(result.status == PasswordStore::Status::NoKeychain);
    CHECK(result.password.isEmpty());
    CHECK(forgetPassword(store, id).status == PasswordStore::Status::NoKeychain);

    // No plaintext fallback: not in the settings, not anywhere below HOME.
    CHECK(test::homeFilesContaining(password.toUtf8()).isEmpty());
    QSettings settings;
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(password));
}
