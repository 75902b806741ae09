// File › Connect to Team Library against the test process's own PostgreSQL server:
// the dialog's Test Connection, opening a server library in the window, its title and
// recent entry, and the password dialog when the server refuses.
#include "models/import/importservice.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/passwordstore.h"
#include "tests/support/credentials.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testsupport.h"
#include "ui/library/connectdialog.h"
#include "ui/library/passworddialog.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/recentlibrariesmenu.h"
#include "ui/mainwindow/windowsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

// Clicks Test Connection and returns what the dialog says once it has its answer.
QString testConnection(ConnectDialog &dialog)
{
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
    dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
    CHECK(dialog.runningTest()); // connecting in the worker; the dialog goes on
    REQUIRE(test::waitFor([&] { return !dialog.runningTest(); }, 30000));
    return status->text();
}

template<typename T> T *visibleChild(QWidget &parent, int timeoutMs = 30000)
{
    T *found = nullptr;
    test::waitFor(
        [&] {
            for (T *child : parent.findChildren<T *>())
                if (child->isVisible())
                    found = child;
            return found != nullptr;
        },
        timeoutMs);
    return found;
}

// A role of the test server with its own password (PGPASSWORD holds another role's), and
// an empty database it owns.
ConnectionSettings passwordRole(const char *name, const QString &password)
{
    test::PostgresServer &server = test::PostgresServer::instance();
    const QString role = QStringLiteral("%1_%2").arg(QLatin1String(name)).arg(QCoreApplication::applicationPid());
    server.createRole(role, password);
    ConnectionSettings settings = server.settings(server.createDatabase(role));
    settings.user = role;
    return settings;
}

PasswordStore::Status storeInKeychain(const ConnectionSettings &settings, const QString &password)
{
    return test::waitForKeychain([&](PasswordStore &store, PasswordStore::Callback done) {
        store.write(settings.identity(), password, std::move(done));
    }).status;
}

// The password dialog tells why it asks again: the server refused.
bool saysRefused(const PasswordDialog &dialog)
{
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->isVisible() && label->text().contains(QStringLiteral("refused")))
            return true;
    return false;
}

// Types password into the dialog and accepts it, without keeping it in the keychain.
void answer(PasswordDialog &dialog, const QString &password)
{
    dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(false);
    dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    dialog.accept();
}

void importSeed(const ConnectionSettings &settings)
{
    const std::unique_ptr<Library> library = Library::openPostgres(settings);
    ImportService service(*library);
    REQUIRE_FALSE(
        service.importFile(test::seedPath(QStringLiteral("001_b20dc5de5308e2ee.txt")), ImportService::Options())
            .failed());
}

} // namespace

TEST_CASE("Test Connection says what is at the address, in a worker thread", "[teamlibrary]")
{
    QSettings().clear();
    test::PostgresServer &server = test::PostgresServer::instance();
    const QString database = server.createDatabase();
    ConnectionSettings settings = server.settings(database);

    ConnectDialog dialog;
    dialog.show();
    // Defaults with nothing remembered: the login name and the standard port.
    CHECK(dialog.settings().port == 5432);
    CHECK(dialog.settings().user == ConnectionIdentity::defaultUser());
    dialog.setSettings(settings);
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("url"))->text() == settings.url());
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("url"))->isReadOnly());

    CHECK(
        testConnection(dialog) == QStringLiteral("Connected: an empty database; Bitext will create a library in it."));
    importSeed(settings);
    CHECK(testConnection(dialog).startsWith(QStringLiteral("Connected: a Bitext library with 1 document")));

    const QString other = server.createDatabase();
    server.adminExec(QStringLiteral("CREATE TABLE invoices (id integer)"), other);
    dialog.setSettings(server.settings(other));
    CHECK(testConnection(dialog).contains(QStringLiteral("not a Bitext library")));

    settings.port = test::PostgresServer::unusedPort();
    dialog.setSettings(settings);
    QElapsedTimer timer;
    timer.start();
    const QString unreachable = testConnection(dialog);
    CHECK(timer.elapsed() < 10000);
    CHECK(unreachable.contains(QStringLiteral("cannot be reached")));
    CHECK(unreachable.contains(settings.url()));
    server.dropDatabase(database);
    server.dropDatabase(other);
}

TEST_CASE("Connect opens the server library in the window, named by database and host", "[teamlibrary]")
{
    QSettings().clear();
    test::PostgresServer &server = test::PostgresServer::instance();
    const QString database = server.createDatabase();
    const ConnectionSettings settings = server.settings(database);
    importSeed(settings);

    MainWindow window;
    window.show();
    window.actions()->connectLibrary->trigger();
    auto *dialog = visibleChild<ConnectDialog>(window);
    REQUIRE(dialog);
    dialog->setSettings(settings);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(test::waitFor([&] { return window.library() != nullptr; }, 30000));
    CHECK(window.libraryPath() == settings.url());
    CHECK(window.library()->documents().list().size() == 1);
    CHECK(window.windowTitle() == QStringLiteral("%1 on 127.0.0.1 — Bitext").arg(database));

    // The dialog's values are the defaults next time; no password among the settings.
    QSettings stored;
    CHECK(stored.value(QStringLiteral("teamLibrary/database")).toString() == database);
    CHECK(stored.value(QStringLiteral("teamLibrary/port")).toInt() == server.port());
    for (const QString &key : stored.allKeys())
        CHECK_FALSE(stored.value(key).toString().contains(test::PostgresServer::password()));
    ConnectDialog again;
    CHECK(again.settings().url() == settings.url());

    // The recent list shows it as a server library, and brings it back after a file library.
    CHECK(WindowSettings::recentLibraries().first() == settings.url());
    QTemporaryDir dir;
    REQUIRE(window.openLibrary(dir.filePath(QStringLiteral("local.sqlite"))));
    CHECK(window.windowTitle() == QStringLiteral("local — Bitext"));
    RecentLibrariesMenu *recent = window.actions()->recentLibraries;
    recent->refresh();
    QAction *serverEntry = nullptr;
    for (QAction *action : recent->actions())
        if (action->toolTip() == settings.url())
            serverEntry = action;
    REQUIRE(serverEntry);
    CHECK(serverEntry->text() == QStringLiteral("&2 %1 on 127.0.0.1:%2 (team)").arg(database).arg(server.port()));
    serverEntry->trigger();
    REQUIRE(test::waitFor([&] { return window.libraryPath() == settings.url(); }, 30000));
    window.close();
    server.dropDatabase(database);
}

TEST_CASE("Reading positions of a server library are kept under its URL", "[teamlibrary]")
{
    const QString url = QStringLiteral("postgresql://anna@db.example.org:5432/lib");
    WindowSettings::ReadingPosition position;
    position.topSegmentId = 7;
    position.currentSegmentId = 9;
    WindowSettings::setReadingPosition(url, 3, position);
    WindowSettings::setLastDocument(url, 3);
    // Not a path: the folder the app runs in does not change the key.
    const QString before = QDir::currentPath();
    QTemporaryDir elsewhere;
    QDir::setCurrent(elsewhere.path());
    CHECK(WindowSettings::readingPosition(url, 3).currentSegmentId == 9);
    CHECK(WindowSettings::lastDocument(url) == 3);
    QDir::setCurrent(before);
}

TEST_CASE("A server that refuses the password asks through the password dialog", "[teamlibrary][password]")
{
    QSettings().clear();
    const QString password = QStringLiteral("Window-Role-Secret");
    const ConnectionSettings settings = passwordRole("window", password);

    MainWindow window;
    window.show();
    REQUIRE(window.openLibrary(settings.url())); // connecting: PGPASSWORD is another role's
    CHECK_FALSE(window.library());

    // Cancelled: no library, no message.
    PasswordDialog *dialog = visibleChild<PasswordDialog>(window);
    REQUIRE(dialog);
    dialog->reject();
    test::waitFor([] { return false; }, 300);
    CHECK_FALSE(window.library());
    CHECK_FALSE(visibleChild<PasswordDialog>(window, 0));
    CHECK_FALSE(visibleChild<QMessageBox>(window, 0));

    REQUIRE(window.openLibrary(settings.url()));
    dialog = visibleChild<PasswordDialog>(window);
    REQUIRE(dialog);
    answer(*dialog, QStringLiteral("wrong-one"));
    // Refused again: asked again, saying why.
    dialog = visibleChild<PasswordDialog>(window); // the first one hid as it closed
    REQUIRE(dialog);
    CHECK(saysRefused(*dialog));
    answer(*dialog, password);
    REQUIRE(test::waitFor([&] { return window.library() != nullptr; }, 30000));
    CHECK(window.libraryPath() == settings.url());
    ConnectionSettings::forgetPassword(settings);
    window.close();
}

TEST_CASE("Test Connection asks for a refused password and reports a cancelled one", "[teamlibrary][password]")
{
    QSettings().clear();
    const QString password = QStringLiteral("Dialog-Role-Secret");
    const ConnectionSettings settings = passwordRole("dialog", password);
    ConnectDialog dialog;
    dialog.show();
    dialog.setSettings(settings);
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));

    dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
    PasswordDialog *asked = visibleChild<PasswordDialog>(dialog);
    REQUIRE(asked);
    asked->reject();
    REQUIRE(test::waitFor([&] { return !dialog.runningTest(); }, 30000));
    CHECK(status->text() == QStringLiteral("No password was given; not connected."));

    dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
    asked = visibleChild<PasswordDialog>(dialog);
    REQUIRE(asked);
    answer(*asked, password);
    REQUIRE(test::waitFor([&] { return !dialog.runningTest(); }, 30000));
    CHECK(status->text() == QStringLiteral("Connected: an empty database; Bitext will create a library in it."));
    ConnectionSettings::forgetPassword(settings);
}

TEST_CASE(
    "The keychain's password opens a server library in the window without asking", "[teamlibrary][password][keychain]")
{
    QSettings().clear();
    const QString password = QStringLiteral("Keychain-Role-Secret");
    const ConnectionSettings settings = passwordRole("keychain", password);
    const PasswordStore::Status stored = storeInKeychain(settings, password);
    if (stored != PasswordStore::Status::Ok)
        FAIL("no keychain in this session (run the tests with tests/run-ctest.sh)");

    MainWindow window;
    window.show();
    REQUIRE(window.openLibrary(settings.url()));
    REQUIRE(test::waitFor([&] { return window.library() != nullptr; }, 30000));
    CHECK_FALSE(visibleChild<PasswordDialog>(window, 0));

    // Stored but refused (changed on the server): asked, saying why.
    ConnectionSettings::forgetPassword(settings);
    const Library *before = window.library();
    test::PostgresServer::instance().adminExec(
        QStringLiteral("ALTER ROLE %1 PASSWORD 'Changed-Role-Secret'").arg(settings.user));
    REQUIRE(window.openLibrary(settings.url()));
    PasswordDialog *asked = visibleChild<PasswordDialog>(window);
    REQUIRE(asked);
    CHECK(saysRefused(*asked));
    asked->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("Changed-Role-Secret"));
    asked->accept(); // "Remember" replaces the refused password in the keychain
    REQUIRE(test::waitFor([&] { return window.library() != before; }, 30000));
    CHECK(test::waitForKeychain([&](PasswordStore &store, PasswordStore::Callback done) {
        store.read(settings.identity(), std::move(done));
    }).password
        == QStringLiteral("Changed-Role-Secret"));
    test::waitForKeychain([&](PasswordStore &store, PasswordStore::Callback done) {
        store.forget(settings.identity(), std::move(done));
    });
    ConnectionSettings::forgetPassword(settings);
    window.close();
}
