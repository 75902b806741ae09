#include "models/export/atomicfile.h"
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "tests/models/export/exportfixture.h"
#include "tests/support/faildevice.h"
#include "tests/support/filesizelimit.h"
#include "tests/support/keptfile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;

// Exports through devices that fail after N bytes: the error names the reason, and a
// file on disk is replaced only by a complete export (issue 15, failing devices).

namespace {

const QList<ExportFormat> kFormats {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Csv, ExportFormat::Pdf,
    ExportFormat::Odt, ExportFormat::WebAnnotation, ExportFormat::RefiCodebook, ExportFormat::RefiProject};

// Good bytes of another export, which a failed one must leave alone.
QByteArray oldContent(ExportFormat format)
{
    return QByteArrayLiteral("the last good ") + exportFormatName(format).toUtf8() + QByteArrayLiteral(" export\n");
}

void writeOld(const QString &path, ExportFormat format)
{
    writeFileAtomically(path, oldContent(format));
}

} // namespace

TEST_CASE("every format through a device that fails after N bytes reports the reason", "[export][faildevice]")
{
    test::AnnotatedLibrary fx;
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest {});
    int failures = 0;
    for (const ExportFormat format : kFormats) {
        const auto exporter = Exporter::create(format);
        const qint64 size = exporter->render(data).size();
        REQUIRE(size > 2);
        for (const auto crossing : {test::FailDevice::Crossing::Short, test::FailDevice::Crossing::Refused}) {
            for (const qint64 failAfter : test::failurePoints(size)) {
                INFO(exportFormatName(format).toStdString()
                    << ": " << size << " bytes, the device fails after " << failAfter << " ("
                    << (crossing == test::FailDevice::Crossing::Short ? "short write" : "refused write") << ")");
                test::FailDevice device(failAfter, nullptr, crossing);
                REQUIRE(device.open(QIODevice::WriteOnly));
                try {
                    exporter->write(data, device);
                    FAIL("the export claimed to have written everything");
                } catch (const Error &error) {
                    CHECK(error.message().contains(test::FailDevice::reason()));
                }
                CHECK(device.acceptedSize() <= failAfter);
                CHECK(device.refusedWrites() == 1); // no write after the first refusal
                ++failures;
            }
        }
        // With room for every byte the same device takes the whole file.
        test::FailDevice roomy(size, nullptr);
        REQUIRE(roomy.open(QIODevice::WriteOnly));
        exporter->write(data, roomy);
        CHECK(roomy.acceptedSize() == size);
        CHECK(roomy.refusedWrites() == 0);
    }
    CHECK(failures == 64);
}

TEST_CASE("a device failing under the saved file never replaces the last good export", "[export][faildevice]")
{
    test::AnnotatedLibrary fx;
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest {});
    QTemporaryDir dir;
    for (const ExportFormat format : kFormats) {
        const auto exporter = Exporter::create(format);
        const qint64 size = exporter->render(data).size();
        const QString path = dir.filePath(QStringLiteral("notes.") + exportFormatSuffix(format));
        writeOld(path, format);
        const test::KeptFile old(path);
        for (const qint64 failAfter : test::failurePoints(size)) {
            INFO(exportFormatName(format).toStdString() << ": the device fails after " << failAfter << " of " << size);
            // The first failAfter bytes really reach the temporary file.
            const auto throughFailingDevice = [&](QIODevice &file) {
                test::FailDevice device(failAfter, &file);
                REQUIRE(device.open(QIODevice::WriteOnly));
                exporter->write(data, device);
            };
            try {
                saveAtomically(path, throughFailingDevice);
                FAIL("the failed export was committed");
            } catch (const Error &error) {
                CHECK(error.message().contains(QDir::toNativeSeparators(path)));
                CHECK(error.message().contains(test::FailDevice::reason()));
            }
            CHECK(old.isUnchanged());
            CHECK(old.newEntries().isEmpty());
        }
        // A device with room for it all: the export replaces the old file.
        saveAtomically(path, [&](QIODevice &file) {
            test::FailDevice device(size, &file);
            REQUIRE(device.open(QIODevice::WriteOnly));
            exporter->write(data, device);
        });
        CHECK(QFileInfo(path).size() == size);
        CHECK(old.newEntries().isEmpty());
    }
}

TEST_CASE("a write the writer did not check still stops the commit", "[export][faildevice]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.md"));
    writeOld(path, ExportFormat::Markdown);
    const test::KeptFile old(path);
    // Writes its bytes and ignores what the file answered, on a file that may hold 8.
    const auto careless = [](QIODevice &file) {
        file.write(QByteArray(100, 'x'));
        file.write(QByteArray(100, 'y'));
    };
    {
        const test::FileSizeLimit limit(8);
        REQUIRE(limit.isActive());
        CHECK_THROWS_AS(saveAtomically(path, careless), Error);
    }
    CHECK(old.isUnchanged());
    CHECK(old.newEntries().isEmpty());
}

TEST_CASE(
    "a file-size limit (EFBIG) while saving keeps the last good export of every format", "[export][faildevice][rlimit]")
{
    test::AnnotatedLibrary fx;
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest {});
    QTemporaryDir dir;
    for (const ExportFormat format : kFormats) {
        const auto exporter = Exporter::create(format);
        const qint64 size = exporter->render(data).size(); // also loads the fonts before the limit
        const QString path = dir.filePath(QStringLiteral("notes.") + exportFormatSuffix(format));
        writeOld(path, format);
        const test::KeptFile old(path);
        for (const qint64 failAfter : test::failurePoints(size)) {
            INFO(exportFormatName(format).toStdString() << ": files may grow to " << failAfter << " of " << size);
            {
                const test::FileSizeLimit limit(failAfter);
                REQUIRE(limit.isActive());
                try {
                    exporter->write(data, path);
                    FAIL("the cut export was committed");
                } catch (const Error &error) {
                    CHECK(error.message().contains(QDir::toNativeSeparators(path)));
                    CHECK(error.message().contains(QStringLiteral("File too large")));
                }
            }
            CHECK(old.isUnchanged());
            CHECK(old.newEntries().isEmpty());
        }
    }
}

TEST_CASE("/dev/full takes no export of any format and says why", "[export][faildevice]")
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        return;
    test::AnnotatedLibrary fx;
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest {});
    for (const ExportFormat format : kFormats) {
        INFO(exportFormatName(format).toStdString());
        try {
            Exporter::create(format)->write(data, QStringLiteral("/dev/full"));
            FAIL("/dev/full took the export");
        } catch (const Error &error) {
            CHECK(error.message().contains(QStringLiteral("/dev/full")));
            CHECK(error.message().contains(QStringLiteral("No space left on device")));
        }
    }
}
