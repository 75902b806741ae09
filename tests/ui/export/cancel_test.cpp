// A long export from the dialog shows its progress and can be canceled: the dialog
// stays, the file that was there stays as it was, and nothing is left beside it.
#include "models/export/exporter.h"
#include "tests/support/keptfile.h"
#include "tests/ui/export/biglibrary.h"
#include "tests/ui/export/exportwait.h"
#include "ui/export/exportdialog.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

TEST_CASE("Export progress: the bar advances while the worker exports and ends full", "[export][dialog][progress]")
{
    test::BigLibrary big; // a PDF of 1,000 quotes: seconds of layout
    QTemporaryDir dir;
    ExportDialog dialog(*big.lib, big.document, {}, nullptr);
    dialog.show();
    test::waitUntilSettled(dialog);
    dialog.setFormat(ExportFormat::Pdf);
    test::waitUntilSettled(dialog);
    QProgressBar *bar = dialog.progressBar();
    REQUIRE(bar);
    CHECK_FALSE(bar->isVisible());
    QList<int> values;
    QObject::connect(bar, &QProgressBar::valueChanged, [&values](int value) { values << value; });
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    dialog.exportTo(dir.filePath(QStringLiteral("big.pdf")));
    CHECK(bar->isVisible());
    REQUIRE(test::waitFor([&] { return !exported.isEmpty(); }, 120000));
    INFO("values shown: " << QStringList([&] {
        QStringList texts;
        for (int v : values)
            texts << QString::number(v);
        return texts;
    }())
                                 .join(QLatin1Char(' '))
                                 .toStdString());
    REQUIRE_FALSE(values.isEmpty());
    CHECK(std::is_sorted(values.begin(), values.end())); // never going back
    CHECK(std::any_of(values.begin(), values.end(), [bar](int v) { return v > 0 && v < bar->maximum(); }));
    CHECK(values.last() == bar->maximum());
    CHECK_FALSE(bar->isVisible());
}

TEST_CASE("Export cancel: Cancel stops the export, keeps the earlier file and the dialog", "[export][dialog][progress]")
{
    test::BigLibrary big;
    QTemporaryDir dir;
    ExportDialog dialog(*big.lib, big.document, {}, nullptr);
    dialog.show();
    test::waitUntilSettled(dialog);
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QSignalSpy canceled(&dialog, &ExportDialog::exportCanceled);
    QSignalSpy failed(&dialog, &ExportDialog::exportFailed);

    // Cancel with the button, then with Esc (reject()); PDF lays out for seconds, CSV
    // is quick: the cancel is seen before the file is replaced either way.
    int round = 0;
    for (const ExportFormat format : {ExportFormat::Pdf, ExportFormat::Csv}) {
        INFO("format " << exportFormatName(format).toStdString() << ", round " << round);
        dialog.setFormat(format);
        test::waitUntilSettled(dialog);
        const QString path = dir.filePath(QStringLiteral("notes.") + exportFormatSuffix(format));
        REQUIRE(test::KeptFile::write(path, QByteArrayLiteral("the earlier export")));
        const test::KeptFile earlier(path);

        dialog.exportTo(path);
        REQUIRE(dialog.isExporting());
        if (round++ == 0)
            dialog.cancelButton()->click();
        else
            dialog.reject();
        CHECK(dialog.isVisible()); // Cancel stops the export, not the dialog
        REQUIRE(test::waitFor([&] { return !canceled.isEmpty(); }, 120000));
        canceled.clear();
        CHECK(exported.isEmpty());
        CHECK(failed.isEmpty());
        CHECK(earlier.isUnchanged());
        CHECK(earlier.newEntries().isEmpty());
        CHECK_FALSE(dialog.isExporting());
        CHECK_FALSE(dialog.progressBar()->isVisible());
        CHECK(dialog.exportButton()->isEnabled());
        CHECK(dialog.countLabel()->text().contains(QStringLiteral("cancelled")));
    }

    // The next export runs to its end and replaces the file; Cancel then closes.
    const QString path = dir.filePath(QStringLiteral("notes.csv"));
    REQUIRE(test::exportAndWait(dialog, path).written);
    CHECK(test::KeptFile::read(path).startsWith("\xEF\xBB\xBF"
                                                "document,segment"));
    dialog.cancelButton()->click();
    CHECK_FALSE(dialog.isVisible());
}
