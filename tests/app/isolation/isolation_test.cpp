// The test main gives every test process a world of its own (HOME, XDG folders,
// settings), so tests running in parallel under ctest never see each other's
// state; and failures print Qt values instead of {?}.
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace bitext::test;

TEST_CASE("each test process has a private home and settings file", "[isolation]")
{
    const QString home = QDir::homePath();
    CHECK(home.startsWith(QDir::tempPath() + QStringLiteral("/bitext-test-home-")));
    CHECK(QFileInfo(home).isDir());
    CHECK(QCoreApplication::applicationName() == QStringLiteral("test_app_isolation"));
    CHECK(QSettings().fileName().startsWith(home + QLatin1Char('/')));
    CHECK(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(home + QLatin1Char('/')));
    CHECK(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation).startsWith(home + QLatin1Char('/')));

    QSettings().setValue(QStringLiteral("isolation/probe"), 42);
    QSettings().sync();
    CHECK(QFileInfo::exists(QSettings().fileName()));
}

TEST_CASE("a bitext process started by a test uses the private home", "[isolation]")
{
    const ProcessResult result = runBitext({QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.trimmed() == QStringLiteral("[]"));
    // The default library is created below the private HOME, never the real one.
    CHECK(QFileInfo::exists(QDir::homePath() + QStringLiteral("/.local/share/Bitext/bitext/library.sqlite")));
}

TEST_CASE("Catch2 prints Qt values", "[isolation]")
{
    CHECK(Catch::Detail::stringify(QStringLiteral("对齐")) == "\"对齐\"");
    CHECK(Catch::Detail::stringify(QStringList {QStringLiteral("a"), QStringLiteral("對齊")}) == "{ \"a\", \"對齊\" }");
    CHECK(Catch::Detail::stringify(QByteArray("raw")) == "\"raw\"");
    CHECK(Catch::Detail::stringify(QVariant(3)) == "int(3)");
}
