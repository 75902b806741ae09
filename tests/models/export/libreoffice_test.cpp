// "Done when" check of the export: the files open in the tools users open them
// with. LibreOffice (packaging/install-deps.sh) converts the ODT to text and the
// CSV through Calc back to CSV; the Chinese and English quotes must survive exactly.
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/store/documentrepository.h"
#include "tests/models/export/exportfixture.h"
#include "tests/support/annotatedseeds.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch.hpp>
#include <memory>

using namespace bitext;

namespace {

const QString kBom = QStringLiteral("\uFEFF");

// soffice --convert-to in its own throw-away profile (a profile is locked while in use,
// and the user's must never be touched); started at once so both conversions overlap.
std::unique_ptr<QProcess> startConversion(
    const QString &soffice, const QString &input, const QString &target, const QString &outDir, const QString &profile)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(soffice,
        {QStringLiteral("--headless"), QStringLiteral("--norestore"),
            QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile).toString(),
            QStringLiteral("--convert-to"), target, QStringLiteral("--outdir"), outDir, input});
    return process;
}

QString finish(QProcess &process, const QString &output)
{
    REQUIRE(process.waitForStarted(30000));
    const bool finished = process.waitForFinished(240000);
    INFO(QString::fromUtf8(process.readAll()).toStdString());
    REQUIRE(finished);
    REQUIRE(process.exitCode() == 0);
    QFile file(output);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(kBom))
        text.remove(0, 1);
    return text;
}

} // namespace

TEST_CASE("LibreOffice opens the ODT and CSV exports with the Chinese and English quotes intact",
    "[export][libreoffice][odt][csv]")
{
    // Not a skip: CI installs LibreOffice, and a missing one must show up as a failure.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        FAIL("soffice not found: install libreoffice-writer-nogui and libreoffice-calc-nogui "
             "(packaging/install-deps.sh)");

    test::AnnotatedSeeds seeds;
    // A note a spreadsheet would run as a formula if it were not defused.
    test::annotateQuote(*seeds.lib, seeds.interview, 1, QStringLiteral("Nice"), Side::En, {}, QStringLiteral("=1+1"));
    const ExportData data = ExportCollector(*seeds.lib).collect(ExportRequest {});
    REQUIRE(data.quotes.size() == 5);
    QTemporaryDir dir;
    const QString odt = dir.filePath(QStringLiteral("notes.odt"));
    const QString csv = dir.filePath(QStringLiteral("notes.csv"));
    Exporter::create(ExportFormat::Odt)->write(data, odt);
    Exporter::create(ExportFormat::Csv)->write(data, csv);

    const QString writerOut = dir.filePath(QStringLiteral("writer"));
    const QString calcOut = dir.filePath(QStringLiteral("calc"));
    auto writer = startConversion(soffice, odt, QStringLiteral("txt:Text (encoded):UTF8"), writerOut,
        dir.filePath(QStringLiteral("profile-writer")));
    auto calc
        = startConversion(soffice, csv, QStringLiteral("csv"), calcOut, dir.filePath(QStringLiteral("profile-calc")));

    // Writer: every quote and its aligned passage, character for character, on lines of their own.
    const QString text = finish(*writer, writerOut + QStringLiteral("/notes.txt"));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed();
    CHECK(lines.contains(test::AnnotatedSeeds::kClaude));
    CHECK(lines.contains(test::AnnotatedSeeds::kPlane));
    CHECK(lines.contains(test::AnnotatedSeeds::kTool));
    CHECK(lines.contains(test::AnnotatedSeeds::kAtAll));
    for (const ExportQuote &quote : data.quotes) {
        INFO(quote.annotation.quote.toStdString());
        CHECK(lines.contains(quote.zh.trimmed()));
        CHECK(lines.contains(quote.en.trimmed()));
    }
    CHECK(lines.contains(test::AnnotatedSeeds::kClaudeNote));
    CHECK(lines.contains(QStringLiteral("Ethics/Honesty")));

    // Calc: read as UTF-8 without being told (no import options: the BOM says so), and
    // the formula stayed text.
    // Calc writes LF line ends; the RFC 4180 reader wants CRLF.
    QString calcCsv = finish(*calc, calcOut + QStringLiteral("/notes.csv"));
    calcCsv.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    const QList<QStringList> rows = test::parseCsv(calcCsv);
    REQUIRE(rows.size() == 6);
    CHECK(rows.at(0).value(0) == QStringLiteral("document"));
    CHECK(rows.at(0).value(4) == QStringLiteral("quote_zh"));
    bool sawClaude = false;
    bool sawFormula = false;
    for (const QStringList &row : rows.mid(1)) {
        REQUIRE(row.size() == 10);
        if (row.at(4) == test::AnnotatedSeeds::kClaude) {
            sawClaude = true;
            CHECK(row.at(6) == QStringLiteral("Ethics/Honesty"));
            CHECK(row.at(7) == test::AnnotatedSeeds::kClaudeNote);
        }
        if (row.at(5) == QStringLiteral("Nice")) {
            sawFormula = true;
            CHECK(row.at(7) != QStringLiteral("2"));
            CHECK(row.at(7).endsWith(QStringLiteral("=1+1")));
        }
        if (row.at(5) == test::AnnotatedSeeds::kAtAll)
            CHECK(row.at(4) == seeds.lib->documents().segments(seeds.interview).at(11).zh);
    }
    CHECK(sawClaude);
    CHECK(sawFormula);
}
