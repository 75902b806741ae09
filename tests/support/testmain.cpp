// The Catch2 main of every test executable: a QApplication (offscreen unless a
// display is chosen) and test-mode standard paths, so no test touches real settings.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BitextTests"));
    QApplication::setApplicationName(QStringLiteral("bitext-tests"));
    return Catch::Session().run(argc, argv);
}
