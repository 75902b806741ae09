#include "models/store/librarycheck.h"
#include "tests/models/store/libraryfiles.h"
#include "tests/support/testsupport.h"
#include "ui/mainwindow/mainwindow.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sqlite3.h>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;

TEST_CASE("Opening a library that must be checked shows progress, keeps the window live and can be cancelled",
    "[sqlite][backups]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one")});
    // Changed outside Bitext, and held by another process that keeps readers out: the
    // check waits, as a long check of a large file would.
    sqlite3 *holder = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &holder) == SQLITE_OK);
    REQUIRE(sqlite3_exec(holder,
                "CREATE TABLE outside (x); PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; CREATE TABLE held (x);",
                nullptr, nullptr, nullptr)
        == SQLITE_OK);
    REQUIRE(LibraryCheck::wouldCheck(path));

    ui::MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    bool sawDialog = false;
    int ticks = 0; // the GUI thread's timers go on while the check runs
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        ++ticks;
        auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("libraryCheckProgress"));
        if (dialog && dialog->isVisible() && !sawDialog) {
            sawDialog = true;
            CHECK(dialog->labelText().contains(QStringLiteral("library.sqlite")));
            // As the user does: the Cancel button (cancel() alone emits nothing).
            auto *button = dialog->findChild<QPushButton *>();
            REQUIRE(button);
            button->click();
        }
    });
    poll.start(20);
    // What the status bar said, even if something cleared it since.
    QStringList said;
    QObject::connect(window.statusBar(), &QStatusBar::messageChanged, [&said](const QString &m) { said << m; });
    CHECK_FALSE(window.openLibrary(path));
    poll.stop();

    CHECK(sawDialog);
    CHECK(ticks > 5);
    CHECK(window.library() == nullptr);
    CHECK(said.filter(QStringLiteral("cancelled")).size() == 1);

    // Once the other process lets go, the same library opens, checked.
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
    REQUIRE(window.openLibrary(path));
    CHECK(titles(*window.library()) == QStringList {QStringLiteral("one")});
    CHECK_FALSE(LibraryCheck::wouldCheck(path));
}
