// The Catch2 main of every test executable: a QApplication (offscreen unless a
// display is chosen) and test-mode standard paths, so no test touches real settings.
#define CATCH_CONFIG_RUNNER
#include "models/core/translator.h"

#include <QApplication>
#include <QStandardPaths>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BitextTests"));
    QApplication::setApplicationName(QStringLiteral("bitext-tests"));
    bitext::Translator::installEnglish(app); // "1 quote", "2 quotes", as the app says
    return Catch::Session().run(argc, argv);
}
