#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "tests/models/export/exportfixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace bitext;

TEST_CASE("PDF: Chinese drawn with an embedded CJK font and extractable again", "[export][pdf]")
{
    test::AnnotatedLibrary fx;
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest{});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.pdf"));
    Exporter::create(ExportFormat::Pdf)->write(data, path);
    REQUIRE(QFileInfo(path).size() > 1000);

    const auto text = test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                                                   QStringLiteral("-")});
    REQUIRE(text.exitCode == 0); // poppler-utils (packaging/install-deps.sh)
    // NFKC: the CJK font shares glyphs between ideographs and Kangxi radicals (一 and ⼀),
    // and the PDF's ToUnicode map may name either.
    const QString flat =
        QString(text.out).remove(QLatin1Char('\n')).remove(QLatin1Char(' ')).normalized(QString::NormalizationForm_KC);
    CHECK(flat.contains(QStringLiteral("诚实是最重要的品质")));
    CHECK(flat.contains(QStringLiteral("可扩展监督是一个开放问题")));
    CHECK(flat.contains(QStringLiteral("Ithinkhonestyisthemostimportanttrait.")));
    CHECK(flat.contains(QStringLiteral("Ethics/Honesty")));
    CHECK(flat.contains(QStringLiteral("2025-11-17")));

    const auto fonts = test::runTool(QStringLiteral("pdffonts"), {path});
    REQUIRE(fonts.exitCode == 0);
    INFO(fonts.out.toStdString());
    CHECK(fonts.out.contains(QStringLiteral("NotoSansCJK")));
    // Every font line (after the two header lines) says "emb yes".
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString &line : lines)
        CHECK(line.contains(QStringLiteral(" yes ")));
}

TEST_CASE("ODT: a zip whose content.xml holds the Chinese text and names the CJK font", "[export][odt]")
{
    test::AnnotatedLibrary fx;
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest{});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.odt"));
    Exporter::create(ExportFormat::Odt)->write(data, path);
    QByteArray content;
    QByteArray mimetype;
    for (const auto &f : test::readZip(path)) {
        if (f.first == QLatin1String("content.xml"))
            content = f.second;
        if (f.first == QLatin1String("mimetype"))
            mimetype = f.second;
    }
    CHECK(mimetype == "application/vnd.oasis.opendocument.text");
    const QString xml = QString::fromUtf8(content);
    CHECK(xml.contains(QStringLiteral("诚实是最重要的品质")));
    CHECK(xml.contains(QStringLiteral("Noto Sans CJK SC")));
    CHECK(xml.contains(QStringLiteral("Safety research")));
}

TEST_CASE("writes are atomic: a failed export leaves the old file and says why", "[export][atomic]")
{
    test::AnnotatedLibrary fx;
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest{});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.md"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old content");
    }
    Exporter::create(ExportFormat::Markdown)->write(data, path);
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll().startsWith("---\n"));

    // A codebook of an empty library cannot be rendered: nothing is written.
    test::TemporaryLibrary empty;
    const QString qdc = dir.filePath(QStringLiteral("codes.qdc"));
    QFile::copy(path, qdc);
    CHECK_THROWS_AS(Exporter::create(ExportFormat::RefiCodebook)->write(ExportCollector(empty.library()).collect({}), qdc), Error);
    QFile kept(qdc);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll().startsWith("---\n"));

    // A folder that cannot hold the file: the message names the file and the reason.
    const QString blocked = dir.filePath(QStringLiteral("notes.md/inside.html"));
    try {
        Exporter::create(ExportFormat::Html)->write(data, blocked);
        FAIL("writing below a file succeeded");
    } catch (const Error &e) {
        CHECK(e.message().contains(QDir::toNativeSeparators(blocked)));
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("codes.qdc"), QStringLiteral("notes.md")});

    // A full disk: /dev/full accepts the open and fails the write.
    if (QFileInfo::exists(QStringLiteral("/dev/full"))) {
        CHECK_THROWS_AS(Exporter::create(ExportFormat::Csv)->write(data, QStringLiteral("/dev/full")), Error);
    }
}

// Not run by default: `test_models_export [.dump]` with BITEXT_EXPORT_DUMP=DIR writes
// every format of both fixtures there, to look at them in a browser, LibreOffice
// or a PDF viewer.
TEST_CASE("dump every format for manual inspection", "[.dump]")
{
    const QString target = qEnvironmentVariable("BITEXT_EXPORT_DUMP");
    if (target.isEmpty())
        return;
    QDir().mkpath(target);
    test::AnnotatedLibrary fx;
    test::HostileLibrary hostile;
    for (const ExportFormat format : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Csv, ExportFormat::Pdf,
                                      ExportFormat::Odt, ExportFormat::WebAnnotation, ExportFormat::RefiCodebook,
                                      ExportFormat::RefiProject}) {
        const QString suffix = QLatin1Char('.') + exportFormatSuffix(format);
        Exporter::create(format)->write(ExportCollector(fx.lib.library()).collect({}), target + QStringLiteral("/notes") + suffix);
        Exporter::create(format)->write(ExportCollector(hostile.lib.library()).collect({}),
                                        target + QStringLiteral("/hostile") + suffix);
    }
}
