// bitext: with a command, a headless command-line tool; without one, the window.
#include "app/applicationsetup.h"
#include "app/cli/commandline.h"
#include "app/cli/exportcommand.h"
#include "models/store/library.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

QStringList rawArguments(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = rawArguments(argc, argv);
    if (bitext::cli::wantsCommandLine(arguments)) {
        // No QGuiApplication: the command line must run without a display. Only PDF/ODT
        // export lays text out with fonts; it gets one on the offscreen platform.
        std::unique_ptr<QCoreApplication> app;
        if (bitext::cli::ExportCommand::needsGuiApplication(arguments)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        bitext::setupApplication(*app);
        return bitext::cli::runCommandLine(QCoreApplication::arguments());
    }

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    QApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
    QApplication::setAttribute(Qt::AA_UseHighDpiPixmaps);
#endif
    QApplication app(argc, argv);
    bitext::setupApplication(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/bitext/bitext.svg")));

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("library"), QApplication::translate("main", "Library file to open."),
                      QStringLiteral("PATH")});
    parser.process(app);
    const QString library = parser.isSet(QStringLiteral("library")) ? parser.value(QStringLiteral("library"))
                                                                    : bitext::Library::defaultPath();

    bitext::ui::MainWindow window;
    window.openLibrary(library);
    window.show();
    return app.exec();
}
