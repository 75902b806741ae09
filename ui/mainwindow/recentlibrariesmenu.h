#pragma once

#include <QMenu>

namespace bitext::ui {

// File > Open Recent: the libraries opened lately (from WindowSettings), refreshed each
// time the menu opens, with a Clear entry.
class RecentLibrariesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentLibrariesMenu(const QString &title, QWidget *parent = nullptr);

    // Rebuilds the entries (also done before the menu shows).
    void refresh();

signals:
    void libraryChosen(const QString &path);
};

} // namespace bitext::ui
