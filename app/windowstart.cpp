#include "app/windowstart.h"

#include "app/singleinstance.h"
#include "models/store/library.h"
#include "ui/common/appearance.h"
#include "ui/mainwindow/fileopener.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QIcon>

namespace bitext {

void WindowStart::setupApplication()
{
    ui::Appearance::install(); // light or dark as chosen in Preferences
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/bitext/bitext.svg")));
    // The Wayland app id: the shell finds the desktop file, its name and icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("app.bitext.Bitext"));
}

std::unique_ptr<ui::MainWindow> WindowStart::show(
    const QString &library, const QStringList &files, SingleInstance *instance)
{
    auto window = std::make_unique<ui::MainWindow>();
    auto *opener = new ui::FileOpener(window.get());
    if (instance) {
        QObject::connect(instance, &SingleInstance::filesReceived, opener, &ui::FileOpener::open);
        ui::MainWindow *shown = window.get();
        QObject::connect(shown, &ui::MainWindow::libraryChanged, instance,
            [instance, shown] { instance->serve(shown->libraryPath()); });
    }
    window->openLibrary(library);
    window->show();
    if (!files.isEmpty())
        opener->open(files);
    return window;
}

} // namespace bitext
