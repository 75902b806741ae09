// "Done when" check of the export: the files open in the tools users open them
// with. LibreOffice (packaging/install-deps.sh) converts the ODT to text and the
// CSV through Calc back to CSV; the Chinese and English quotes must survive exactly.
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/store/documentrepository.h"
#include "tests/models/export/exportfixture.h"
#include "tests/support/annotatedseeds.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>
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

// Whether a conversion ran to its end and wrote its file.
bool converted(QProcess &process, const QString &output, QString &log)
{
    const bool started = process.waitForStarted(30000);
    const bool finished = started && process.waitForFinished(240000);
    log += QString::fromUtf8(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 && QFile::exists(output);
}

// The converted file's text. LibreOffice sometimes aborts while it first fills a new
// profile ("Unspecified Application Error", signal 6, seen on a fresh CI machine with
// another soffice starting): such a run is tried once more, alone, in a profile of its
// own; a second failure fails the test with both logs.
QString finish(QProcess &process, const QString &output)
{
    QString log;
    if (!converted(process, output, log)) {
        QStringList again = process.arguments();
        for (QString &argument : again) {
            if (argument.startsWith(QStringLiteral("-env:UserInstallation=")))
                argument += QStringLiteral("-again");
        }
        QProcess retry;
        retry.setProcessChannelMode(QProcess::MergedChannels);
        retry.start(process.program(), again);
        log += QStringLiteral("\n--- tried again ---\n");
        const bool succeeded = converted(retry, output, log);
        INFO(log.toStdString());
        REQUIRE(succeeded);
    }
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

namespace {

// The properties of every automatic and common style of a flat ODF file, by name.
using StyleProperties = QMap<QString, QMap<QString, QString>>;

StyleProperties readStyles(const QString &fodt)
{
    StyleProperties styles;
    QXmlStreamReader xml(fodt);
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.qualifiedName() == QLatin1String("style:style"))
            current = xml.attributes().value(QStringLiteral("style:name")).toString();
        else if (xml.qualifiedName().endsWith(QLatin1String("-properties")) && !current.isEmpty())
            for (const QXmlStreamAttribute &attribute : xml.attributes())
                styles[current].insert(attribute.qualifiedName().toString(), attribute.value().toString());
    }
    return styles;
}

// The style properties in force where text occurs: those of its paragraph and spans.
QMap<QString, QString> propertiesAt(const QString &fodt, const QString &text)
{
    const StyleProperties styles = readStyles(fodt);
    QXmlStreamReader xml(fodt);
    QStringList stack;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            stack << xml.attributes().value(QStringLiteral("text:style-name")).toString();
        else if (xml.isEndElement())
            stack.removeLast();
        else if (xml.isCharacters() && xml.text().contains(text)) {
            QMap<QString, QString> properties;
            for (const QString &style : stack)
                for (auto it = styles.value(style).cbegin(); it != styles.value(style).cend(); ++it)
                    properties.insert(it.key(), it.value());
            return properties;
        }
    }
    return {};
}

} // namespace

TEST_CASE("LibreOffice shows the ODT's Chinese headings bold at their size and the quotes highlighted",
    "[export][libreoffice][odt]")
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        FAIL("soffice not found: install libreoffice-writer-nogui (packaging/install-deps.sh)");
    test::AnnotatedLibrary fx;
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest {});
    QTemporaryDir dir;
    const QString odt = dir.filePath(QStringLiteral("notes.odt"));
    Exporter::create(ExportFormat::Odt)->write(data, odt);
    // Flat ODF as LibreOffice saves it: what it understood of the styles.
    auto writer = startConversion(soffice, odt, QStringLiteral("fodt"), dir.filePath(QStringLiteral("out")),
        dir.filePath(QStringLiteral("profile")));
    const QString fodt = finish(*writer, dir.filePath(QStringLiteral("out/notes.fodt")));

    const auto heading = propertiesAt(fodt, QStringLiteral("对齐研究笔记"));
    INFO(QStringList(heading.keys()).join(QLatin1Char(' ')).toStdString());
    CHECK(heading.value(QStringLiteral("style:font-weight-asian")) == QStringLiteral("bold"));
    CHECK(heading.value(QStringLiteral("style:font-size-asian")) == QStringLiteral("15pt"));
    CHECK(heading.value(QStringLiteral("fo:font-weight")) == QStringLiteral("bold"));

    // The highlighted cell: the Chinese passage of a quote made on the Chinese side.
    const auto zh = std::find_if(data.quotes.cbegin(), data.quotes.cend(),
        [](const ExportQuote &q) { return q.annotation.side == Side::Zh && !q.zh.isEmpty(); });
    REQUIRE(zh != data.quotes.cend());
    const auto quote = propertiesAt(fodt, zh->zh.left(6));
    const QString background = quote.value(QStringLiteral("fo:background-color"));
    INFO(background.toStdString());
    CHECK(QColor(background).isValid());
    CHECK(QColor(background) != QColor(Qt::white));
    CHECK(quote.value(QStringLiteral("style:font-size-asian")) == QStringLiteral("10.5pt"));
}
