#include "ui/mainwindow/recentlibrariesmenu.h"

#include "models/core/error.h"
#include "models/store/connectionsettings.h"
#include "models/text/untrustedtext.h"
#include "ui/common/languagechange.h"
#include "ui/mainwindow/windowsettings.h"

#include <QDir>
#include <QFileInfo>

namespace bitext::ui {

RecentLibrariesMenu::RecentLibrariesMenu(const QString &title, QWidget *parent) : QMenu(title, parent)
{
    setObjectName(QStringLiteral("recentLibrariesMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentLibrariesMenu::refresh);
    onLanguageChange(this, [this] { refresh(); });
}

QString RecentLibrariesMenu::entryName(const QString &location)
{
    if (!ConnectionSettings::isUrl(location))
        return QStringLiteral("%1  (%2)")
            .arg(QFileInfo(location).fileName(), QDir::toNativeSeparators(QFileInfo(location).absolutePath()));
    try {
        const ConnectionIdentity server = ConnectionSettings::fromUrl(location).identity();
        return tr("%1 on %2:%3 (team)").arg(server.database, server.shownHost()).arg(server.port);
    } catch (const Error &) {
        return location; // written by another version: shown as it is
    }
}

void RecentLibrariesMenu::refresh()
{
    clear();
    const QStringList paths = WindowSettings::recentLibraries();
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        // "&1 team.sqlite  (~/projects)": the number is the keyboard accelerator.
        const QString label = QStringLiteral("&%1 %2").arg(i + 1).arg(untrustedtext::withoutMnemonic(entryName(path)));
        QAction *action = addAction(label);
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { emit libraryChosen(path); });
    }
    if (paths.isEmpty()) {
        addAction(tr("No recent libraries"))->setEnabled(false);
        return;
    }
    addSeparator();
    connect(addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
        WindowSettings::clearRecentLibraries();
        refresh();
    });
}

} // namespace bitext::ui
