#pragma once

#include "models/store/librarybackups.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace bitext::ui {

// Help › Restore from Backup: the open library file's backups, newest first, with their
// date, size and reason. Restore asks first, then hands the choice to restoreRequested.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    // libraryPath empty or a server URL: says that there are no backups here.
    RestoreBackupDialog(const QString &libraryPath, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }
    static QString reasonText(LibraryBackups::Reason reason);

signals:
    void restoreRequested(const QString &backupPath);

private:
    void askRestore();

    QLabel *m_label;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QList<LibraryBackups::Backup> m_backups;
};

} // namespace bitext::ui
