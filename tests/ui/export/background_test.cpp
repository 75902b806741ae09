// Export preview and export run on a worker thread with its own database connection:
// the GUI thread only starts them, answers that a newer choice superseded are dropped,
// and what arrives equals the export made synchronously.
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/export/textdocumentbuilder.h"
#include "tests/ui/export/biglibrary.h"
#include "tests/ui/export/exportwait.h"
#include "ui/export/exportdialog.h"
#include "ui/export/exportpreview.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

QString withoutTimestamps(QString text)
{
    static const QRegularExpression stamp(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    return text.replace(stamp, QStringLiteral("<time>"));
}

// What the preview shows when computed on the GUI thread, from the same request.
QString synchronousPreview(Library &library, const ExportDialog &dialog)
{
    const ExportData data = ExportCollector(library).collect(dialog.request());
    if (exportFormatNeedsGui(dialog.format()))
        return TextDocumentBuilder(TextDocumentBuilder::latinFirstFamilies()).build(data)->toPlainText();
    QString text = QString::fromUtf8(Exporter::create(dialog.format())->render(data));
    if (dialog.format() == ExportFormat::Html) {
        QTextDocument page;
        page.setHtml(text);
        return page.toPlainText();
    }
    text.remove(QChar(0xFEFF));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text.left(ExportPreview::kMaxPreviewChars);
}

} // namespace

TEST_CASE(
    "The export preview is computed off the GUI thread and equals the synchronous one", "[export][dialog][background]")
{
    test::BigLibrary big;
    ExportDialog dialog(*big.lib, big.document, {}, nullptr);
    dialog.show();
    test::waitUntilSettled(dialog);
    REQUIRE(dialog.quoteCount() == big.quotes);

    for (const ExportFormat format : {ExportFormat::Pdf, ExportFormat::Markdown, ExportFormat::Csv,
             ExportFormat::WebAnnotation, ExportFormat::Html}) {
        INFO("format " << exportFormatName(format).toStdString());
        dialog.setFormat(format);
        QSignalSpy updated(&dialog, &ExportDialog::previewUpdated);
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        QElapsedTimer clock;
        clock.start();
        dialog.updatePreview();
        const qint64 call = clock.elapsed();
        // The GUI thread only started the work: nothing is shown yet.
        CHECK(dialog.isBusy());
        CHECK(updated.isEmpty());
        ticker.start();
        test::waitUntilSettled(dialog);
        const qint64 total = clock.elapsed();
        INFO("updatePreview() took " << call << " ms, the preview " << total << " ms, the GUI ticked " << ticks
                                     << " times meanwhile");
        CHECK(updated.size() == 1);
        if (total > 200) // long enough to see: the event loop kept running
            CHECK(ticks > 0);
        CHECK(dialog.quoteCount() == big.quotes);
        const QString expected = withoutTimestamps(synchronousPreview(*big.lib, dialog));
        const QString shown = withoutTimestamps(dialog.preview()->text());
        CHECK(shown.left(expected.size()) == expected);
        CHECK(shown.size() <= expected.size() + 200); // the preview's "stops here" line at most
    }
}

TEST_CASE("A newer choice drops the answer to an older one", "[export][dialog][background]")
{
    test::BigLibrary big(400, 2);
    ExportDialog dialog(*big.lib, big.document, {}, nullptr);
    dialog.show();
    test::waitUntilSettled(dialog);
    QSignalSpy updated(&dialog, &ExportDialog::previewUpdated);
    dialog.setFormat(ExportFormat::Pdf);
    dialog.updatePreview();
    dialog.setFormat(ExportFormat::Csv);
    dialog.updatePreview();
    test::waitUntilSettled(dialog);
    QCoreApplication::processEvents(); // an older answer, if it were kept, would come now
    CHECK(updated.size() == 1);
    CHECK(dialog.preview()->showsSource());
    CHECK(dialog.preview()->text().startsWith(QStringLiteral("document,segment")));
}

TEST_CASE("Exporting writes on a worker thread the file a synchronous export writes", "[export][dialog][background]")
{
    test::BigLibrary big;
    QTemporaryDir dir;
    ExportDialog dialog(*big.lib, big.document, {}, nullptr);
    dialog.show();
    test::waitUntilSettled(dialog);
    dialog.setFormat(ExportFormat::Csv);
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    dialog.exportTo(path);
    // Started, not done: the GUI thread is free while the worker writes.
    CHECK(dialog.isBusy());
    CHECK(exported.isEmpty());
    CHECK_FALSE(dialog.exportButton()->isEnabled());
    REQUIRE(test::waitFor([&] { return !exported.isEmpty(); }, 60000));
    CHECK(exported.first().at(1).toInt() == big.quotes);
    CHECK(dialog.exportButton()->isEnabled());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll()
        == Exporter::create(ExportFormat::Csv)->render(ExportCollector(*big.lib).collect(dialog.request())));
}
