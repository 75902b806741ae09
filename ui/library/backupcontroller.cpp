#include "ui/library/backupcontroller.h"

#include "models/core/error.h"
#include "models/core/preferences.h"
#include "models/store/database.h"
#include "models/store/library.h"
#include "models/store/librarybackups.h"
#include "ui/common/languagechange.h"
#include "ui/library/restorebackupdialog.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent>

namespace bitext::ui {

BackupController::BackupController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("restoreBackupAction"));
    m_action->setMenuRole(QAction::NoRole);
    onLanguageChange(m_action, [this] {
        m_action->setText(tr("&Restore from Backup…"));
        m_action->setStatusTip(tr("Put one of the library's backups in its place"));
    });
    // After the manual and the shortcuts, before About.
    QMenu *help = window->menu(MainWindow::Menu::Help);
    const QList<QAction *> actions = help->actions();
    const int shortcuts = int(actions.indexOf(window->actions()->shortcuts));
    help->insertAction(shortcuts >= 0 ? actions.value(shortcuts + 1) : nullptr, m_action);
    connect(m_action, &QAction::triggered, this, &BackupController::showDialog);
    connect(window, &MainWindow::libraryChanged, this, &BackupController::backUpIfDue);
    connect(&m_daily, &QFutureWatcher<QString>::finished, this, [this] {
        if (!m_daily.result().isEmpty())
            m_window->statusBar()->showMessage(m_daily.result());
    });
}

void BackupController::backUpIfDue(Library *library)
{
    // A read-only library's folder cannot take a backup, and nothing in it can change.
    if (!library || library->database().backend() != Database::Backend::Sqlite || library->isReadOnly()
        || m_daily.isRunning())
        return;
    const QString path = library->location();
    const int keep = Preferences::backupsKept();
    m_daily.setFuture(QtConcurrent::run([path, keep] {
        try {
            LibraryBackups(path).createIfDue(keep);
            return QString();
        } catch (const Error &error) {
            return error.message();
        }
    }));
}

void BackupController::waitForBackup()
{
    m_daily.waitForFinished();
}

void BackupController::showDialog()
{
    auto *dialog = new RestoreBackupDialog(m_window->libraryPath(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString path = m_window->libraryPath();
    // Queued: opening the restored library may wait for its check in an event loop,
    // and the dialog's button that asked must not be on the stack then.
    connect(
        dialog, &RestoreBackupDialog::restoreRequested, this,
        [this, path](const QString &backup) { restore(path, backup); }, Qt::QueuedConnection);
    dialog->open();
}

void BackupController::offerRestore(const DamagedLibraryError &error)
{
    const QString path = error.path();
    const std::optional<LibraryBackups::Backup> backup = LibraryBackups(path).latestGood();
    auto *box = new QMessageBox(
        QMessageBox::Critical, tr("Damaged Library"), error.message(), QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("damagedLibraryOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *restoreButton = nullptr;
    if (backup) {
        const QString date = QLocale().toString(backup->created.toLocalTime(), QLocale::ShortFormat);
        box->setInformativeText(tr("Bitext has not changed the file. Restoring the backup from %1 puts it in "
                                   "the library's place; the damaged file is kept beside it.")
                                    .arg(date));
        restoreButton = box->addButton(tr("Restore Backup from %1").arg(date), QMessageBox::AcceptRole);
    } else {
        box->setInformativeText(tr("Bitext has not changed the file. It has no backup that could be restored."));
    }
    QPushButton *other = box->addButton(tr("Open Another Library…"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(restoreButton ? restoreButton : other);
    const QString backupPath = backup ? backup->path : QString();
    connect(box, &QMessageBox::buttonClicked, this,
        [this, restoreButton, other, path, backupPath](QAbstractButton *button) {
            // After the box's click has returned (see showDialog()).
            if (restoreButton && button == restoreButton)
                QTimer::singleShot(0, this, [this, path, backupPath] { restore(path, backupPath); });
            else if (button == other)
                QTimer::singleShot(0, m_window->actions()->openLibrary, &QAction::trigger);
        });
    box->open();
}

bool BackupController::restore(const QString &libraryPath, const QString &backupPath)
{
    waitForBackup();
    if (m_window->libraryPath() == libraryPath)
        m_window->closeLibrary();
    QString previous;
    try {
        LibraryBackups backups(libraryPath);
        const std::optional<LibraryBackups::Backup> backup = backups.find(backupPath);
        if (!backup)
            throw Error(tr("The backup %1 is gone.").arg(backupPath));
        previous = backups.restore(*backup);
    } catch (const Error &error) {
        auto *box = new QMessageBox(
            QMessageBox::Critical, tr("Cannot Restore Backup"), error.message(), QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("restoreBackupError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        m_window->openLibrary(libraryPath); // as it was
        return false;
    }
    if (!m_window->openLibrary(libraryPath))
        return false;
    m_window->statusBar()->showMessage(previous.isEmpty()
            ? tr("Restored the library from its backup.")
            : tr("Restored the library from its backup; the library as it was is kept at %1.").arg(previous));
    return true;
}

} // namespace bitext::ui
