#include "models/core/preferences.h"
#include "models/store/documentrepository.h"
#include "models/store/librarybackups.h"
#include "tests/models/store/libraryfiles.h"
#include "tests/support/testsupport.h"
#include "ui/library/backupcontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/preferences/preferencesdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;

namespace {

template<typename T> T *waitForChild(QObject *parent, const QString &name)
{
    T *found = nullptr;
    waitFor([&] {
        return (found = parent->findChild<T *>(name)) != nullptr && static_cast<QWidget *>(found)->isVisible();
    });
    return found;
}

QAbstractButton *buttonStartingWith(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().startsWith(text))
            return button;
    }
    return nullptr;
}

QStringList windowTitles(ui::MainWindow &window)
{
    return titles(*window.library());
}

} // namespace

TEST_CASE("Help › Restore from Backup lists the backups and restores one after confirming", "[backups]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one")});
    const LibraryBackups::Backup backup = LibraryBackups(path).create(LibraryBackups::Reason::Manual);
    addDocuments(path, {QStringLiteral("two")});

    ui::MainWindow window;
    REQUIRE(window.openLibrary(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *controller = window.findChild<ui::BackupController *>();
    REQUIRE(controller);
    controller->waitForBackup(); // none due: the manual one is new

    auto *action = window.findChild<QAction *>(QStringLiteral("restoreBackupAction"));
    REQUIRE(action);
    CHECK(window.menu(ui::MainWindow::Menu::Help)->actions().contains(action));
    action->trigger();
    auto *dialog = waitForChild<QDialog>(&window, QStringLiteral("restoreBackupDialog"));
    REQUIRE(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"));
    REQUIRE(list->topLevelItemCount() == 1);
    const QTreeWidgetItem *item = list->topLevelItem(0);
    CHECK(item->text(0) == QLocale().toString(backup.created.toLocalTime(), QLocale::ShortFormat));
    CHECK(item->text(1) == QLocale().formattedDataSize(backup.size));
    CHECK(item->text(2) == QLatin1String("Made by hand"));

    // Cancel keeps everything.
    dialog->findChild<QPushButton *>(QStringLiteral("restoreBackupButton"))->click();
    auto *confirm = waitForChild<QMessageBox>(dialog, QStringLiteral("confirmRestoreBackup"));
    REQUIRE(confirm);
    confirm->button(QMessageBox::Cancel)->click();
    QCoreApplication::processEvents();
    CHECK(windowTitles(window) == QStringList {QStringLiteral("one"), QStringLiteral("two")});

    dialog->findChild<QPushButton *>(QStringLiteral("restoreBackupButton"))->click();
    QTest::qWait(50); // the cancelled box is deleted later
    confirm = waitForChild<QMessageBox>(dialog, QStringLiteral("confirmRestoreBackup"));
    REQUIRE(confirm);
    REQUIRE(buttonStartingWith(confirm, QStringLiteral("Restore")));
    buttonStartingWith(confirm, QStringLiteral("Restore"))->click();
    REQUIRE(waitFor([&] { return window.library() != nullptr && windowTitles(window).size() == 1; }));
    CHECK(windowTitles(window) == QStringList {QStringLiteral("one")});
    CHECK(window.libraryPath() == QFileInfo(path).absoluteFilePath());
    // The library as it was is a before-restore backup now.
    const QList<LibraryBackups::Backup> backups = LibraryBackups(path).list();
    REQUIRE(backups.size() >= 2);
    CHECK(backups.first().reason == LibraryBackups::Reason::BeforeRestore);
}

TEST_CASE("A damaged library opened in the window offers its latest backup", "[backups]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one")});
    ui::MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    SECTION("with a backup: restoring it opens the library")
    {
        LibraryBackups(path).create(LibraryBackups::Reason::Daily);
        overwrite(path, 0, QByteArrayLiteral("Not a database any more"));
        CHECK_FALSE(window.openLibrary(path));
        auto *offer = waitForChild<QMessageBox>(&window, QStringLiteral("damagedLibraryOffer"));
        REQUIRE(offer);
        CHECK(offer->text().contains(path));
        QAbstractButton *restore = buttonStartingWith(offer, QStringLiteral("Restore Backup from"));
        REQUIRE(restore);
        CHECK(buttonStartingWith(offer, QStringLiteral("Open Another Library")));
        restore->click();
        REQUIRE(waitFor([&] { return window.library() != nullptr; }));
        CHECK(windowTitles(window) == QStringList {QStringLiteral("one")});
        const QStringList damaged
            = QDir(dir.path()).entryList({QStringLiteral("library.damaged-*.sqlite")}, QDir::Files);
        CHECK(damaged.size() == 1);
    }
    SECTION("without one: says so")
    {
        overwrite(path, 0, QByteArrayLiteral("Not a database any more"));
        CHECK_FALSE(window.openLibrary(path));
        auto *offer = waitForChild<QMessageBox>(&window, QStringLiteral("damagedLibraryOffer"));
        REQUIRE(offer);
        CHECK(offer->informativeText().contains(QLatin1String("no backup")));
        CHECK_FALSE(buttonStartingWith(offer, QStringLiteral("Restore Backup")));
        offer->button(QMessageBox::Cancel)->click();
        CHECK(window.library() == nullptr);
    }
}

TEST_CASE("Preferences › General sets how many backups are kept", "[backups][preferences]")
{
    QSettings().remove(Preferences::settingsKey(Preferences::Key::BackupsKept));
    CHECK(Preferences::backupsKept() == Preferences::kDefaultBackupsKept);
    {
        ui::PreferencesDialog dialog;
        dialog.show();
        auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("backupsKeptSpin"));
        REQUIRE(spin);
        CHECK(spin->value() == Preferences::kDefaultBackupsKept);
        CHECK(spin->minimum() == 1);
        CHECK(spin->maximum() == Preferences::kMaxBackupsKept);
        spin->setValue(3);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }
    CHECK(Preferences::backupsKept() == 3);
    // A hand-edited value out of range falls back to the default.
    QSettings().setValue(Preferences::settingsKey(Preferences::Key::BackupsKept), 0);
    CHECK(Preferences::backupsKept() == Preferences::kDefaultBackupsKept);
    QSettings().remove(Preferences::settingsKey(Preferences::Key::BackupsKept));
}

TEST_CASE("Opening a library file in the window takes its daily backup in the background", "[backups]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one")});
    ui::MainWindow window;
    REQUIRE(window.openLibrary(path));
    window.findChild<ui::BackupController *>()->waitForBackup();
    QList<LibraryBackups::Backup> backups = LibraryBackups(path).list();
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().reason == LibraryBackups::Reason::Daily);
    CHECK(titles(backups.first().path) == QStringList {QStringLiteral("one")});
    // Opened again the same day: no second one.
    window.closeLibrary();
    REQUIRE(window.openLibrary(path));
    window.findChild<ui::BackupController *>()->waitForBackup();
    CHECK(LibraryBackups(path).list().size() == 1);
}
