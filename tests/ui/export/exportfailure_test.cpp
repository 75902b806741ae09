#include "models/export/exportrequest.h"
#include "tests/support/annotatedseeds.h"
#include "tests/support/filesizelimit.h"
#include "tests/support/keptfile.h"
#include "tests/support/testsupport.h"
#include "tests/ui/export/exportwait.h"
#include "ui/export/exportdialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

TEST_CASE("Export dialog: a disk that fills up during the export shows the reason and keeps the last good file",
    "[export][dialog][faildevice]")
{
    QSettings().clear();
    test::AnnotatedSeeds seeds;
    QTemporaryDir dir;
    ExportDialog dialog(*seeds.lib, seeds.interview, {}, nullptr);
    dialog.show();
    test::waitUntilSettled(dialog);
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    // Markdown and JSON fit in Qt's write buffer, PDF does not: both ways of failing.
    for (const ExportFormat format : {ExportFormat::Markdown, ExportFormat::WebAnnotation, ExportFormat::Pdf}) {
        QComboBox *formats = dialog.formatBox();
        formats->setCurrentIndex(formats->findData(int(format)));
        test::waitUntilSettled(dialog);
        const QString path = dir.filePath(QStringLiteral("notes.") + exportFormatSuffix(format));
        REQUIRE(test::exportAndWait(dialog, path).written);
        const test::KeptFile good(path);
        const qint64 size = good.bytes().size();
        INFO(exportFormatName(format).toStdString() << ": files may grow to " << size / 2 << " of " << size);

        test::ExportOutcome failed;
        {
            // Real writes fail: the file takes half, then EFBIG ("File too large").
            const test::FileSizeLimit limit(size / 2);
            REQUIRE(limit.isActive());
            failed = test::exportAndWait(dialog, path);
        }
        CHECK_FALSE(failed.written);
        INFO(failed.message.toStdString());
        CHECK(failed.message.contains(QStringLiteral("nothing was written")));
        CHECK(failed.message.contains(QDir::toNativeSeparators(path)));
        CHECK(failed.message.contains(QStringLiteral("File too large")));
        CHECK(good.isUnchanged());
        CHECK(good.newEntries().isEmpty());
        CHECK(dialog.exportButton()->isEnabled());
    }
    CHECK(exported.size() == 3); // the good exports only
}
