#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/store/annotationrepository.h"
#include "models/store/noterepository.h"
#include "tests/models/export/exportfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

ExportData hostileData(test::HostileLibrary &fx, ExportGrouping grouping = ExportGrouping::ByDocument)
{
    ExportRequest request;
    request.grouping = grouping;
    return ExportCollector(fx.lib.library()).collect(request);
}

// Every start tag and attribute of a well-formed document, checked for anything
// that could run or load.
void checkInertXml(const QByteArray &bytes, bool html)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString().toLower();
        if (html) {
            static const QStringList forbidden {QStringLiteral("script"), QStringLiteral("iframe"),
                QStringLiteral("img"), QStringLiteral("object"), QStringLiteral("embed"), QStringLiteral("b"),
                QStringLiteral("link")};
            CHECK_FALSE(forbidden.contains(name));
            if (name == QLatin1String("a"))
                CHECK(xml.attributes().value(QStringLiteral("href")).startsWith(QLatin1String("http")));
        }
        for (const QXmlStreamAttribute &a : xml.attributes()) {
            CHECK_FALSE(a.name().toString().toLower().startsWith(QLatin1String("on")));
            CHECK_FALSE(a.value().toString().toLower().contains(QLatin1String("javascript:")));
        }
    }
    INFO(xml.errorString().toStdString());
    CHECK_FALSE(xml.hasError());
}

} // namespace

TEST_CASE("hostile HTML runs nothing and still shows the text", "[export][hostile]")
{
    test::HostileLibrary fx;
    const QByteArray html = Exporter::create(ExportFormat::Html)->render(hostileData(fx));
    checkInertXml(html, true);
    CHECK_FALSE(html.contains("<script"));
    CHECK_FALSE(html.contains("javascript:alert(1)\""));
    CHECK(html.contains("&lt;script&gt;alert(&#39;zh&#39;)&lt;/script&gt;中文]]&gt;结束"));
    CHECK(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    CHECK(html.contains("javascript:alert(1)")); // shown as text, not linked
}

TEST_CASE("hostile Markdown keeps HTML as text and its YAML parses back", "[export][hostile]")
{
    test::HostileLibrary fx;
    const QString md = QString::fromUtf8(Exporter::create(ExportFormat::Markdown)->render(hostileData(fx)));
    CHECK_FALSE(md.contains(QChar(0x0001)));
    const int end = md.indexOf(QStringLiteral("\n---\n"), 4);
    // The body is what Markdown tools render: no raw HTML gets there. (The front
    // matter holds the title as a quoted YAML string, shown as a property.)
    const QString body = md.mid(end + 5);
    // Every "<" that would open a tag is backslash-escaped (CommonMark), so renderers
    // show it as text; no HTML entities in the Markdown.
    static const QRegularExpression rawTag(QStringLiteral("(?<!\\\\)<[A-Za-z/!?]"));
    CHECK_FALSE(body.contains(rawTag));
    CHECK(body.contains(QStringLiteral("\\<script>alert('zh')\\</script>")));
    CHECK(body.contains(QStringLiteral("\\<img src=x")));
    CHECK(body.contains(QStringLiteral("\\<iframe")));
    CHECK_FALSE(body.contains(QStringLiteral("&lt;")));
    const YAML::Node front = YAML::Load(md.mid(4, end - 4).toStdString());
    CHECK(QString::fromStdString(front["title"].as<std::string>())
        == QStringLiteral("<script>alert('title')</script> \"]]> & co"));
    CHECK(QString::fromStdString(front["date"].as<std::string>()) == QStringLiteral("2025-01-01\" onload=\"alert(1)"));
    CHECK(QString::fromStdString(front["tags"][0].as<std::string>()) == QStringLiteral("b_onmouseover_alert_1_evil"));
}

TEST_CASE("hostile CSV has no cell a spreadsheet would run", "[export][hostile]")
{
    test::HostileLibrary fx;
    const QByteArray csv = Exporter::create(ExportFormat::Csv)->render(hostileData(fx));
    const QList<QStringList> rows = test::parseCsv(QString::fromUtf8(csv.mid(3)));
    REQUIRE(rows.size() == 4);
    for (const QStringList &row : rows) {
        REQUIRE(row.size() == 10);
        for (const QString &cell : row) {
            if (!cell.isEmpty())
                CHECK_FALSE(QStringLiteral("=+-@\t\r").contains(cell.at(0)));
        }
    }
    QStringList cells;
    for (const QStringList &row : rows)
        cells += row;
    CHECK(cells.contains(QStringLiteral("<img src=x onerror=alert(1)>")));
    // The CRLF inside the quote is a line end inside its cell (LF); rows end in CRLF.
    CHECK(cells.contains(QStringLiteral("'@SUM(1+1)\ttab \"quoted\", comma\nnewline")));
    CHECK(cells.contains(QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"click\")")));
    CHECK(cells.contains(QStringLiteral("'=author")));
    CHECK(cells.contains(QStringLiteral("'+note")));
}

TEST_CASE("hostile JSON and REFI-QDA parse back with forbidden characters removed", "[export][hostile]")
{
    test::HostileLibrary fx;
    const ExportData data = hostileData(fx);
    QJsonParseError error;
    QJsonDocument::fromJson(Exporter::create(ExportFormat::WebAnnotation)->render(data), &error);
    CHECK(error.error == QJsonParseError::NoError);

    for (const ExportFormat format : {ExportFormat::RefiCodebook, ExportFormat::RefiProject}) {
        QByteArray xmlBytes = Exporter::create(format)->render(data);
        if (format == ExportFormat::RefiProject) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("h.qdpx"));
            Exporter::create(format)->write(data, path);
            xmlBytes = test::readZip(path).first().second;
        }
        checkInertXml(xmlBytes, false);
        CHECK(xmlBytes.contains("]]&gt;"));
        for (char c = 1; c < 0x20; ++c) {
            if (c != '\t' && c != '\n' && c != '\r')
                CHECK_FALSE(xmlBytes.contains(c));
        }
    }
}

TEST_CASE("hostile data goes through PDF and ODT", "[export][hostile]")
{
    test::HostileLibrary fx;
    const ExportData data = hostileData(fx, ExportGrouping::ByTag);
    CHECK(Exporter::create(ExportFormat::Pdf)->render(data).startsWith("%PDF"));
    const QByteArray odt = Exporter::create(ExportFormat::Odt)->render(data);
    CHECK(odt.startsWith("PK"));
}

namespace {

// Control characters a file should not hold (tab and newline are text).
QString controlsIn(const QString &text)
{
    QString found;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n') || u == 0x7F || (u >= 0x80 && u <= 0x9F))
            found += QStringLiteral("U+%1 ").arg(u, 4, 16, QLatin1Char('0'));
    }
    return found;
}

const QString kHostileNote
    = QStringLiteral("# Big\r\nFinding\x01 one\x07\rline\u009btwo\n\n## Sub ##\n\nSetext\n------\n\n"
                     "```\n# not a heading\n```");

// The hostile library with a note holding headings, CR and control characters.
ExportData hostileNoteData(test::HostileLibrary &fx, ExportGrouping grouping)
{
    const QList<Annotation> annotations = fx.lib->annotations().list(fx.document);
    REQUIRE_FALSE(annotations.isEmpty());
    fx.lib->notes().setAnnotationNote(annotations.first().id, kHostileNote);
    return hostileData(fx, grouping);
}

int headingLevel(const QString &line)
{
    static const QRegularExpression atx(QStringLiteral("^(#{1,6}) "));
    const QRegularExpressionMatch match = atx.match(line);
    return match.hasMatch() ? int(match.captured(1).size()) : 0;
}

} // namespace

TEST_CASE("Markdown: a note's headings go below the export's own", "[export][hostile][md]")
{
    for (const ExportGrouping grouping : {ExportGrouping::ByDocument, ExportGrouping::ByTag}) {
        test::HostileLibrary fx;
        const ExportData data = hostileNoteData(fx, grouping);
        const QString md = QString::fromUtf8(Exporter::create(ExportFormat::Markdown)->render(data));
        INFO(md.toStdString());
        const int deepest = data.groupsHaveHeadings() ? 2 : 1;
        const QStringList lines = md.split(QLatin1Char('\n'));
        int noteHeadings = 0;
        for (const QString &line : lines) {
            const int level = headingLevel(line);
            if (line.contains(QStringLiteral("Big")) || line.contains(QStringLiteral("Sub"))
                || line.contains(QStringLiteral("Setext"))) {
                ++noteHeadings;
                CHECK(level > deepest);
            }
        }
        CHECK(noteHeadings == 3);
        CHECK(lines.contains(QString(deepest + 1, QLatin1Char('#')) + QStringLiteral(" Big")));
        CHECK(lines.contains(QString(deepest + 2, QLatin1Char('#')) + QStringLiteral(" Sub")));
        CHECK(lines.contains(QString(deepest + 2, QLatin1Char('#')) + QStringLiteral(" Setext")));
        CHECK_FALSE(lines.contains(QStringLiteral("------")));
        CHECK(lines.contains(QStringLiteral("# not a heading"))); // code stays as written
    }
}

TEST_CASE("control characters and CR are removed from every file but JSON", "[export][hostile]")
{
    test::HostileLibrary fx;
    const ExportData data = hostileNoteData(fx, ExportGrouping::ByDocument);
    QTemporaryDir dir;

    const QString md = QString::fromUtf8(Exporter::create(ExportFormat::Markdown)->render(data));
    CHECK(controlsIn(md).isEmpty());
    CHECK(md.contains(QStringLiteral("Finding one\nlinetwo")));
    const QString html = QString::fromUtf8(Exporter::create(ExportFormat::Html)->render(data));
    CHECK(controlsIn(html).isEmpty());
    // CSV rows end in CRLF (RFC 4180); nothing else is a control character.
    QString csv = QString::fromUtf8(Exporter::create(ExportFormat::Csv)->render(data));
    CHECK(controlsIn(csv.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))).isEmpty());

    const QString odt = dir.filePath(QStringLiteral("h.odt"));
    Exporter::create(ExportFormat::Odt)->write(data, odt);
    for (const auto &file : test::readZip(odt)) {
        INFO(file.first.toStdString());
        CHECK(controlsIn(QString::fromUtf8(file.second)).isEmpty());
    }
    const QString pdf = dir.filePath(QStringLiteral("h.pdf"));
    Exporter::create(ExportFormat::Pdf)->write(data, pdf);
    const auto text = test::runTool(
        QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    CHECK(controlsIn(QString(text.out).remove(QLatin1Char('\f'))).isEmpty()); // \f: pdftotext's page break
    CHECK(QString(text.out).remove(QLatin1Char('\n')).contains(QStringLiteral("中文]]>结束")));

    // JSON escapes them: the annotation keeps its text exactly.
    const QJsonObject collection
        = QJsonDocument::fromJson(Exporter::create(ExportFormat::WebAnnotation)->render(data)).object();
    const QString json = QString::fromUtf8(QJsonDocument(collection).toJson());
    CHECK(json.contains(QStringLiteral("\\u0001")));
    bool noteKept = false;
    for (const QJsonValue &item :
        collection.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray())
        for (const QJsonValue &body : item.toObject().value(QStringLiteral("body")).toArray())
            noteKept = noteKept || body.toObject().value(QStringLiteral("value")).toString() == kHostileNote;
    CHECK(noteKept);
}
