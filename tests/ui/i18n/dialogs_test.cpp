// Issue 13: the window's dialogs in Chinese: the import file dialog (Bitext's title and
// name filters, Qt's own buttons and labels from qtbase), the import report, the export
// dialog and its file dialog, and the status bar messages after an import and an export.
#include "models/import/importsummary.h"
#include "tests/support/testsupport.h"
#include "tests/ui/export/exportwait.h"
#include "tests/ui/i18n/i18nsupport.h"
#include "ui/common/filedialog.h"
#include "ui/export/exportcontroller.h"
#include "ui/export/exportdialog.h"
#include "ui/import/importcontroller.h"
#include "ui/import/importreportdialog.h"
#include "ui/mainwindow/mainactions.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;
using namespace bitext::ui;

namespace {

const QStringList kChinese {QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};

// File > Import, answered as Cancel: what the file dialog was asked to show.
FileDialog::Offer importOffer(MainWindow &window)
{
    FileDialog::setNextFileNames({});
    window.actions()->import->trigger();
    return FileDialog::lastOffer();
}

// The dialog QFileDialog::getOpenFileNames shows where the platform has none of its own
// (Qt's widgets: offscreen, and desktops without a portal).
QList<ShownText> qtFileDialogTexts(MainWindow &window, const FileDialog::Offer &offer)
{
    QFileDialog dialog(&window, offer.caption, QDir::tempPath(), offer.filter);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QList<ShownText> texts = widgetTexts(&dialog);
    dialog.reject();
    return texts;
}

QList<ShownText> exportDialogTexts(MainWindow &window)
{
    auto *controller = window.findChild<ExportController *>();
    REQUIRE(controller);
    controller->showDialog();
    REQUIRE(controller->dialog());
    waitUntilSettled(*controller->dialog());
    return widgetTexts(controller->dialog());
}

// An import of one good and one empty file: its results, as the window reports them.
QList<ImportResult> oneImportedOneFailed(const QString &dir)
{
    ImportResult imported;
    imported.status = ImportResult::Status::Imported;
    ImportResult failed;
    failed.file = dir + QStringLiteral("/empty.txt");
    failed.message = failed.file + QStringLiteral(":1: no text");
    return {imported, failed};
}

} // namespace

TEST_CASE("File › Import in Chinese: Bitext's title and name filters, Qt's buttons and labels", "[i18n][dialogs]")
{
    FileDialog::Offer english;
    QList<ShownText> englishQt;
    {
        SeedWindow f;
        english = importOffer(*f.window);
        englishQt = qtFileDialogTexts(*f.window, english);
    }
    REQUIRE(english.caption == QStringLiteral("Import Transcripts"));
    const QStringList patterns = filterPatterns(english.filter);
    REQUIRE(patterns.size() == 4);

    for (const QString &language : kChinese) {
        LanguageScope scope(language);
        INFO(language.toStdString());
        SeedWindow f;
        const FileDialog::Offer offer = importOffer(*f.window);
        CHECK(hasHan(offer.caption));
        CHECK(offer.caption == QCoreApplication::translate("ImportController", "Import Transcripts"));
        INFO("filter: " << offer.filter.toStdString());
        CHECK(hasHan(offer.filter));
        CHECK(offer.filter == ImportController::fileFilter());
        // Translated names, the same patterns in ASCII brackets, or the dialog filters nothing.
        CHECK(filterPatterns(offer.filter) == patterns);

        const QList<ShownText> shown = qtFileDialogTexts(*f.window, offer);
        INFO(untranslated(englishQt, shown).join(QLatin1Char('\n')).toStdString());
        CHECK(untranslated(englishQt, shown).isEmpty());
    }
}

TEST_CASE("The import report and the status bar after an import are in Chinese", "[i18n][dialogs][import]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.txt"));
    QFile(empty).open(QIODevice::WriteOnly);
    const QList<ImportResult> results = oneImportedOneFailed(dir.path());
    QList<ShownText> english;
    {
        ImportReportDialog report(results);
        english = widgetTexts(&report);
    }

    for (const QString &language : kChinese) {
        LanguageScope scope(language);
        INFO(language.toStdString());
        TemporaryLibrary library;
        MainWindow window;
        REQUIRE(window.openLibrary(library.path()));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));

        // The window's own import: the report comes up modal (exec), read and closed here.
        QList<ShownText> shown;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (auto *report = qobject_cast<ImportReportDialog *>(QApplication::activeModalWidget())) {
                shown = widgetTexts(report);
                report->reject();
            }
        });
        poll.start(50);
        window.importFiles({empty, seedPath(QStringLiteral("002_1f521656fab2dc1c.txt"))});
        REQUIRE(waitFor([&] { return !shown.isEmpty(); }, 120000));
        poll.stop();
        INFO(untranslated(english, shown).join(QLatin1Char('\n')).toStdString());
        CHECK(untranslated(english, shown).isEmpty());

        // The status bar says the same as the report, in Chinese.
        const QString message = window.statusBar()->currentMessage();
        INFO("status bar: " << message.toStdString());
        CHECK(hasHan(message));
        CHECK(message == ImportSummary(results).text());
        // A Chinese sentence: its parts separated by ；, ending in 。 (GLOSSARY.md).
        CHECK_FALSE(message.contains(QLatin1String("; ")));
        CHECK(message.endsWith(QChar(0x3002)));
    }
}

TEST_CASE(
    "The export dialog, its file dialog and the status bar after an export are in Chinese", "[i18n][dialogs][export]")
{
    QList<ShownText> english;
    FileDialog::Offer englishOffer;
    {
        SeedWindow f;
        english = exportDialogTexts(*f.window);
        ExportDialog *dialog = f.window->findChild<ExportController *>()->dialog();
        FileDialog::setNextFileName(QString());
        dialog->exportButton()->click();
        englishOffer = FileDialog::lastOffer();
        dialog->reject();
    }
    REQUIRE(english.size() > 10);

    for (const QString &language : kChinese) {
        LanguageScope scope(language);
        INFO(language.toStdString());
        SeedWindow f;
        const QList<ShownText> shown = exportDialogTexts(*f.window);
        INFO(untranslated(english, shown).join(QLatin1Char('\n')).toStdString());
        CHECK(untranslated(english, shown).isEmpty());

        ExportDialog *dialog = f.window->findChild<ExportController *>()->dialog();
        FileDialog::setNextFileName(QString());
        dialog->exportButton()->click();
        const FileDialog::Offer offer = FileDialog::lastOffer();
        CHECK(hasHan(offer.caption));
        CHECK(hasHan(offer.filter));
        CHECK(filterPatterns(offer.filter) == filterPatterns(englishOffer.filter));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.md"));
        REQUIRE(exportAndWait(*dialog, path).written);
        const QString message = f.window->statusBar()->currentMessage();
        INFO("status bar: " << message.toStdString());
        CHECK(hasHan(message));
        CHECK(message.contains(QDir::toNativeSeparators(path)));
    }
}
