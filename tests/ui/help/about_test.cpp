// Help › About: what a bug report needs (versions, optional parts, the library's path).
#include "tests/ui/mainwindow/windowfixture.h"
#include "ui/help/aboutdialog.h"
#include "ui/mainwindow/mainactions.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QUrl>

using namespace bitext;
using namespace bitext::ui;

TEST_CASE("Help > About shows the version, both Qt versions, the optional parts and the library path", "[help][about]")
{
    test::WindowFixture f;
    f.window->actions()->about->trigger();
    auto *dialog = f.window->findChild<AboutDialog *>(QStringLiteral("aboutDialog"));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    const QString text = dialog->text();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Bitext " BITEXT_VERSION)));
    CHECK(text.contains(QStringLiteral("built with " QT_VERSION_STR)));
    CHECK(text.contains(QStringLiteral("running on ") + QString::fromLatin1(qVersion())));
#ifdef BITEXT_HAVE_KSYNTAXHIGHLIGHTING
    CHECK(text.contains(QStringLiteral("KSyntaxHighlighting (Markdown notes, export preview): yes")));
#else
    CHECK(text.contains(QStringLiteral("KSyntaxHighlighting (Markdown notes, export preview): no")));
#endif
    // The SQLite driver runs this very test; PostgreSQL's is there or not.
    CHECK(text.contains(QStringLiteral("SQLite yes")));
    CHECK(text.contains(QStringLiteral("PostgreSQL ")
        + (QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")) ? QStringLiteral("yes") : QStringLiteral("no"))));
    CHECK(text.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(text.contains(QStringLiteral("https://")));

    QLineEdit *path = dialog->libraryPathEdit();
    CHECK(path->text() == QDir::toNativeSeparators(f.library.path()));
    CHECK(path->isReadOnly());
    CHECK(path->isVisible());
    CHECK(dialog->folderUrl() == QUrl::fromLocalFile(QFileInfo(f.library.path()).absolutePath()));
    const QString shots = qEnvironmentVariable("BITEXT_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/about.png"));
    dialog->close();
}

TEST_CASE("About without a library says so and offers no folder", "[help][about]")
{
    AboutDialog dialog(QString(), nullptr);
    dialog.show();
    CHECK(dialog.text().contains(QStringLiteral("No library is open.")));
    CHECK_FALSE(dialog.libraryPathEdit()->isVisible());
    CHECK(dialog.folderUrl().isEmpty());
}
