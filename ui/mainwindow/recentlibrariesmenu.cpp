#include "ui/mainwindow/recentlibrariesmenu.h"

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

void RecentLibrariesMenu::refresh()
{
    clear();
    const QStringList paths = WindowSettings::recentLibraries();
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        // "&1 team.sqlite  (~/projects)": the number is the keyboard accelerator.
        const QString label = QStringLiteral("&%1 %2  (%3)")
                                  .arg(i + 1)
                                  .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
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
