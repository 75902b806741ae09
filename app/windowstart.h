#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace bitext {

class SingleInstance;

namespace ui {
class MainWindow;
}

// The window's part of the start, shared by main() and the window benchmark so that what
// is measured is what the user waits for: the look, the icon and the desktop file name,
// then the main window shown on a library.
class WindowStart
{
public:
    // Once the QApplication exists, after bitext::setupApplication(): the light or dark
    // look chosen in Preferences, the icon, the Wayland app id.
    static void setupApplication();
    // The main window on library, shown; files are imported and the first one's document
    // opened (FileOpener). With an instance, a later `bitext FILE` on the same library hands
    // its files to this window, which serves whichever library it has open.
    static std::unique_ptr<ui::MainWindow> show(
        const QString &library, const QStringList &files, SingleInstance *instance = nullptr);
};

} // namespace bitext
