// An export's progress and its cancel, as the export dialog's worker uses them: the
// progress goes through collecting, rendering and writing to its end, and a cancel
// stops the export before the file is touched.
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/export/exportjob.h"
#include "models/export/exportprogress.h"
#include "tests/models/export/exportfixture.h"
#include "tests/support/keptfile.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;

TEST_CASE("Export progress: collecting, rendering and writing take it to its end", "[export][progress]")
{
    test::AnnotatedLibrary fx;
    QTemporaryDir dir;
    for (const ExportFormat format :
        {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Csv, ExportFormat::WebAnnotation,
            ExportFormat::RefiProject, ExportFormat::RefiCodebook, ExportFormat::Pdf, ExportFormat::Odt}) {
        INFO("format " << exportFormatName(format).toStdString());
        ExportProgress progress;
        CHECK(progress.permille() == 0);
        const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest(), &progress);
        CHECK(progress.permille() == 300); // every document collected
        const std::unique_ptr<Exporter> exporter = Exporter::create(format);
        exporter->setProgress(&progress);
        const QString path = dir.filePath(QStringLiteral("notes.") + exportFormatSuffix(format));
        exporter->write(data, path);
        CHECK(progress.permille() == 1000);
        // The progress changes nothing in the file (a PDF names the second it was made).
        if (format != ExportFormat::Pdf)
            CHECK(test::KeptFile::read(path) == Exporter::create(format)->render(data));
    }
}

TEST_CASE("Export progress: a quote rendered is a step between collecting and writing", "[export][progress]")
{
    ExportProgress progress;
    progress.begin(ExportProgress::Phase::Collecting, 2);
    progress.step();
    CHECK(progress.permille() == 150);
    progress.begin(ExportProgress::Phase::Rendering, 4);
    CHECK(progress.permille() == 300);
    progress.step();
    CHECK(progress.permille() == 462);
    progress.step();
    progress.step();
    progress.step();
    progress.step(); // a quote under two tags is rendered twice: the bar stops at the phase's end
    CHECK(progress.permille() == 950);
    progress.begin(ExportProgress::Phase::Collecting, 1); // never going back
    CHECK(progress.permille() == 950);
    progress.finish();
    CHECK(progress.permille() == 1000);
}

TEST_CASE("Export cancel: a canceled export keeps the earlier file and leaves nothing beside it", "[export][progress]")
{
    test::AnnotatedLibrary fx;
    QTemporaryDir dir;
    for (const ExportFormat format : {ExportFormat::Markdown, ExportFormat::RefiProject, ExportFormat::Pdf}) {
        INFO("format " << exportFormatName(format).toStdString());
        const QString path = dir.filePath(QStringLiteral("notes.") + exportFormatSuffix(format));
        REQUIRE(test::KeptFile::write(path, QByteArrayLiteral("the earlier export")));
        const test::KeptFile earlier(path);

        // Canceled before it starts (the user pressed Cancel at once).
        ExportProgress before;
        before.cancel();
        const ExportJob::Written none = ExportJob::write(fx.lib->location(), ExportRequest(), format, path, &before);
        CHECK(none.canceled);
        CHECK(earlier.isUnchanged());

        // Canceled after collecting: rendering stops at its first step.
        ExportProgress during;
        const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest(), &during);
        during.cancel();
        const std::unique_ptr<Exporter> exporter = Exporter::create(format);
        exporter->setProgress(&during);
        CHECK_THROWS_AS(exporter->write(data, path), ExportCanceled);
        CHECK(earlier.isUnchanged());
        CHECK(earlier.newEntries().isEmpty());

        // Without a cancel the same job replaces the file.
        ExportProgress done;
        const ExportJob::Written written = ExportJob::write(fx.lib->location(), ExportRequest(), format, path, &done);
        CHECK_FALSE(written.canceled);
        CHECK(written.error.isEmpty());
        CHECK(written.quotes == fx.quotes);
        CHECK(done.permille() == 1000);
        CHECK_FALSE(test::KeptFile(path).bytes().startsWith("the earlier"));
    }
}
