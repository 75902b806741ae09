// bitext: with a command, a headless command-line tool; without one, the window.
#include "app/applicationsetup.h"
#include "app/cli/commandline.h"
#include "app/cli/exportcommand.h"
#include "app/singleinstance.h"
#include "app/windowstart.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/windowsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
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
    bitext::WindowStart::setupApplication();

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("library"),
        QApplication::translate("main", "Library file or postgresql:// URL to open."), QStringLiteral("PATH")});
    parser.addPositionalArgument(QStringLiteral("files"),
        QApplication::translate("main", "Transcripts to import and open."), QStringLiteral("[FILE...]"));
    parser.process(app);
    const QString library = parser.isSet(QStringLiteral("library")) ? parser.value(QStringLiteral("library"))
                                                                    : bitext::ui::WindowSettings::startLibrary();
    const QStringList files = parser.positionalArguments();

    // A window already open on this library takes the files; this process ends.
    bitext::SingleInstance instance;
    switch (instance.start(library, files)) {
    case bitext::SingleInstance::Delivery::Delivered:
        return 0;
    case bitext::SingleInstance::Delivery::NoAnswer:
        fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate("main", "bitext: Bitext is already running on %1 but does not answer.")
                           .arg(library)));
        return 1;
    case bitext::SingleInstance::Delivery::NoInstance:
        break;
    }

    const std::unique_ptr<bitext::ui::MainWindow> window = bitext::WindowStart::show(library, files, &instance);
    return app.exec();
}
