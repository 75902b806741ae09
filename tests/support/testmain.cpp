// The Catch2 main of every test executable: a QApplication (offscreen unless a
// display is chosen) in a world of its own. ctest runs the executables in
// parallel, so each process gets a private HOME, XDG folders and settings file
// in a temporary folder: one test clearing its settings can never change what
// another test process reads (test_ui_reader once reset the export dialog's
// folder of test_ui_export this way). The bitext processes a test starts
// inherit the same private folders.
#define CATCH_CONFIG_RUNNER
#include "models/core/translator.h"
#include "tests/support/nullaudiosink.h"
#include "tests/support/postgresserver.h"

#include <QApplication>
#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <cstdio>

namespace {

void isolateProcess(const QTemporaryDir &home)
{
    const QString root = home.path();
    const auto set = [&root](const char *name, const char *sub) {
        const QString path = root + QLatin1Char('/') + QLatin1String(sub);
        QDir().mkpath(path);
        qputenv(name, QFile::encodeName(path));
    };
    set("HOME", "");
    set("XDG_CONFIG_HOME", ".config");
    set("XDG_DATA_HOME", ".local/share");
    set("XDG_CACHE_HOME", ".cache");
    set("XDG_STATE_HOME", ".local/state");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Created before QApplication so that nothing reads the real HOME first;
    // removed when the process ends.
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/bitext-test-home-XXXXXX"));
    if (!home.isValid()) {
        fprintf(stderr, "cannot create a private HOME for the test process\n");
        return 1;
    }
    isolateProcess(home);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    // Layout tests (a 1024×700 screen, a readable measure) are about the interface font
    // a desktop gives: Qt's generic Unix theme's Sans Serif 9 pt, which Qt 6's offscreen
    // platform also uses. Qt 5.15's offscreen platform has no theme: its font falls back
    // to QFont's 12 pt (at 100 dpi), a third larger, and no window of those sizes could
    // hold the side panels and a readable reader any more.
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QApplication::setFont(QFont(QStringLiteral("Sans Serif"), 9));
    QApplication::setOrganizationName(QStringLiteral("BitextTests"));
    // One application name per executable as a second guard: even a shared HOME
    // would give each test program its own settings file.
    QApplication::setApplicationName(QFileInfo(QString::fromLocal8Bit(argv[0])).completeBaseName());
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, home.path() + QStringLiteral("/.config"));
    bitext::Translator::installEnglish(app); // "1 quote", "2 quotes", as the app says
    const int result = Catch::Session().run(argc, argv);
    bitext::test::PostgresServer::shutdown(); // if a test started one
    bitext::test::NullAudioSink::shutdown();
    return result;
}
