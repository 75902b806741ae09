#pragma once

#include <QMenu>

namespace bitext::ui {

// File > Open Recent: the libraries opened lately (from WindowSettings), refreshed each
// time the menu opens, with a Clear entry. Files and server libraries alike; the URL
// is the entry's tooltip.
class RecentLibrariesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentLibrariesMenu(const QString &title, QWidget *parent = nullptr);

    // Rebuilds the entries (also done before the menu shows).
    void refresh();
    // An entry's text: "team.sqlite  (~/projects)" for a file, "lib on host:5432 (team)"
    // for a server library.
    static QString entryName(const QString &location);

signals:
    void libraryChosen(const QString &path);
};

} // namespace bitext::ui
