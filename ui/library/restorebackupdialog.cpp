#include "ui/library/restorebackupdialog.h"

#include "models/store/connectionsettings.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bitext::ui {

RestoreBackupDialog::RestoreBackupDialog(const QString &libraryPath, QWidget *parent)
    : QDialog(parent)
    , m_label(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from Backup"));
    m_list->setObjectName(QStringLiteral("backupList"));
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_label->setWordWrap(true);
    m_label->setBuddy(m_list);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Date"), tr("Size"), tr("Reason")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    const bool local = !libraryPath.isEmpty() && !ConnectionSettings::isUrl(libraryPath);
    if (local)
        m_backups = LibraryBackups(libraryPath).list();
    const QLocale locale;
    for (const LibraryBackups::Backup &backup : std::as_const(m_backups)) {
        auto *item = new QTreeWidgetItem(m_list,
            {locale.toString(backup.created.toLocalTime(), QLocale::ShortFormat), locale.formattedDataSize(backup.size),
                reasonText(backup.reason)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, backup.path);
    }
    if (!local)
        m_label->setText(tr("Server libraries have no backups here; the server's administrator backs them up "
                            "with its own tools."));
    else if (m_backups.isEmpty())
        m_label->setText(tr("The library %1 has no backups yet.").arg(libraryPath));
    else
        m_label->setText(tr("&Backups of %1, newest first. Restoring one replaces the library; the library as it "
                            "is now is kept as a backup.")
                             .arg(libraryPath));
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_restore->setEnabled(!m_backups.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::askRestore);
    connect(m_list, &QTreeWidget::itemActivated, this, &RestoreBackupDialog::askRestore);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 360);
}

QString RestoreBackupDialog::reasonText(LibraryBackups::Reason reason)
{
    switch (reason) {
    case LibraryBackups::Reason::Daily:
        return tr("Daily");
    case LibraryBackups::Reason::Upgrade:
        return tr("Before an upgrade");
    case LibraryBackups::Reason::Manual:
        return tr("Made by hand");
    case LibraryBackups::Reason::BeforeRestore:
        return tr("Before a restore");
    }
    return {};
}

void RestoreBackupDialog::askRestore()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_backups.size())
        return;
    const QString path = m_backups.at(row).path;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restore Backup?"),
        tr("Replace the library with the backup from %1?").arg(m_list->currentItem()->text(0)), QMessageBox::NoButton,
        this);
    box->setObjectName(QStringLiteral("confirmRestoreBackup"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Changes made since then are no longer in the library; the library as it is now is kept as a backup."));
    QPushButton *restore = box->addButton(tr("Restore"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, restore, path](QAbstractButton *button) {
        if (button != restore)
            return;
        accept();
        emit restoreRequested(path);
    });
    box->open();
}

} // namespace bitext::ui
