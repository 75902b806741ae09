// Issue 13: nothing cut off, in English and in both Chinese scripts: the main window on a
// 1024×700 and a 1366×768 screen, the export dialog and the import report
// (tests/support/layoutcheck). BITEXT_SCREENSHOT_DIR=DIR saves each as a PNG to look at.
#include "tests/support/layoutcheck.h"
#include "tests/support/testsupport.h"
#include "tests/ui/export/exportwait.h"
#include "tests/ui/i18n/i18nsupport.h"
#include "ui/export/exportcontroller.h"
#include "ui/export/exportdialog.h"
#include "ui/import/importreportdialog.h"

#include <QTest>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;
using namespace bitext::ui;

namespace {

const QStringList kLanguages {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};

void settle()
{
    waitFor([] { return false; }, 300); // layouts, the window fit and the preview
}

QString report(const QStringList &problems)
{
    return problems.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("Nothing is cut off in the main window at 1024×700 and 1366×768, in en, zh_CN and zh_TW", "[i18n][layout]")
{
    for (const QString &language : kLanguages) {
        for (const QSize size : {QSize(1024, 700), QSize(1366, 768)}) {
            LanguageScope scope(language);
            SeedWindow f(size);
            settle();
            INFO(language.toStdString() << " " << size.width() << "x" << size.height());
            CHECK(f.window->size() == size);
            saveScreenshot(f.window.get(), QStringLiteral("window"), language);
            const QStringList problems = layoutProblems(f.window.get());
            INFO(report(problems).toStdString());
            CHECK(problems.isEmpty());
        }
    }
}

TEST_CASE("Nothing is cut off in the export dialog, in en, zh_CN and zh_TW", "[i18n][layout][export]")
{
    for (const QString &language : kLanguages) {
        LanguageScope scope(language);
        SeedWindow f(QSize(1366, 768));
        auto *controller = f.window->findChild<ExportController *>();
        REQUIRE(controller);
        controller->showDialog();
        ExportDialog *dialog = controller->dialog();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        waitUntilSettled(*dialog);
        settle();
        INFO(language.toStdString() << " " << dialog->width() << "x" << dialog->height());
        saveScreenshot(dialog, QStringLiteral("export"), language);
        const QStringList problems = layoutProblems(dialog);
        INFO(report(problems).toStdString());
        CHECK(problems.isEmpty());
        dialog->reject();
    }
}

TEST_CASE("Nothing is cut off in the import report, in en, zh_CN and zh_TW", "[i18n][layout][import]")
{
    TemporaryLibrary library;
    for (const QString &language : kLanguages) {
        LanguageScope scope(language);
        QList<ImportResult> results {ImportResult(), ImportResult(), ImportResult()};
        results[0].status = ImportResult::Status::Imported;
        results[1].status = ImportResult::Status::SkippedDuplicate;
        results[2].file = library.dir() + QStringLiteral("/empty.txt");
        results[2].message = results[2].file + QStringLiteral(":1: no text");
        ImportReportDialog dialog(results);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        settle();
        INFO(language.toStdString() << " " << dialog.width() << "x" << dialog.height());
        saveScreenshot(&dialog, QStringLiteral("importreport"), language);
        const QStringList problems = layoutProblems(&dialog);
        INFO(report(problems).toStdString());
        CHECK(problems.isEmpty());
    }
}
