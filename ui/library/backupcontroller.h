#pragma once

#include <QFutureWatcher>
#include <QObject>

class QAction;

namespace bitext {
class DamagedLibraryError;
class Library;
}

namespace bitext::ui {

class MainWindow;

// The window's side of a library file's backups (LibraryBackups): Help › Restore from
// Backup, the daily backup of the open library (in a worker thread, so that opening is
// not slower), and the offer to restore the latest good backup when a library file turns
// out damaged.
class BackupController : public QObject
{
    Q_OBJECT

public:
    explicit BackupController(MainWindow *window);
    QAction *restoreAction() const { return m_action; }

    // Opening error.path() failed: says what is wrong and offers its latest good backup
    // (or says that there is none), another library, or nothing.
    void offerRestore(const DamagedLibraryError &error);
    // Closes the library if the window has it open, puts the backup in its place and
    // opens it. Says why on failure.
    bool restore(const QString &libraryPath, const QString &backupPath);
    // Waits for a daily backup still being taken (tests, and before a restore).
    void waitForBackup();

private:
    void showDialog();
    void backUpIfDue(Library *library);

    MainWindow *m_window;
    QAction *m_action;
    QFutureWatcher<QString> m_daily;
};

} // namespace bitext::ui
