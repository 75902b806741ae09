#include "models/export/csvexporter.h"
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/export/exporttext.h"
#include "tests/models/export/exportfixture.h"

#include <catch2/catch.hpp>

#include <yaml-cpp/yaml.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

using namespace bitext;

namespace {

QByteArray render(ExportFormat format, const ExportData &data)
{
    return Exporter::create(format)->render(data);
}

QString qs(const YAML::Node &node)
{
    return QString::fromStdString(node.as<std::string>());
}

} // namespace

TEST_CASE("Markdown: YAML front matter, one blockquote per quote, hashtags and notes", "[export][md]")
{
    test::AnnotatedLibrary fx;
    ExportRequest request;
    request.documentIds = {fx.talk};
    const ExportData data = ExportCollector(fx.lib.library()).collect(request);
    const QString md = QString::fromUtf8(render(ExportFormat::Markdown, data));
    REQUIRE(md.startsWith(QStringLiteral("---\n")));
    const int end = md.indexOf(QStringLiteral("\n---\n"), 4);
    REQUIRE(end > 0);
    const YAML::Node front = YAML::Load(md.mid(4, end - 4).toStdString());
    CHECK(qs(front["title"]) == QStringLiteral("与 Amanda Askell 对谈"));
    CHECK(qs(front["source"]) == QStringLiteral("https://example.org/askell?x=1&y=2"));
    CHECK(qs(front["date"]) == QStringLiteral("2025-11-17"));
    REQUIRE(front["speakers"].size() == 2);
    CHECK(qs(front["speakers"][1]) == QStringLiteral("Amanda Askell"));
    REQUIRE(front["tags"].size() == 3);
    CHECK(qs(front["tags"][2]) == QStringLiteral("Safety_research"));

    const QString body = md.mid(end + 5);
    CHECK(body.count(QStringLiteral("\n> **")) == 3); // one blockquote per quote, each with its speaker
    CHECK(body.contains(QStringLiteral("> 诚实是最重要的品质")));
    CHECK(body.contains(QStringLiteral("> I think honesty is the most important trait.")));
    CHECK(body.contains(QStringLiteral("> #Ethics #Ethics/Honesty")));
    CHECK(body.contains(QStringLiteral("> #Safety_research")));
    CHECK(body.contains(QStringLiteral("\nCore claim of the *talk*.\n")));
    CHECK(body.contains(QStringLiteral("segments 2–3")));
    CHECK(body.contains(QStringLiteral("A talk about character.")));
}

TEST_CASE("HTML: well-formed, self-contained, one article per quote in highlight colours", "[export][html]")
{
    test::AnnotatedLibrary fx;
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest{});
    const QByteArray html = render(ExportFormat::Html, data);
    QXmlStreamReader xml(html);
    int articles = 0;
    int highlights = 0;
    int tags = 0;
    int links = 0;
    QStringList h2;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        const auto attributes = xml.attributes();
        CHECK(name != QLatin1String("script"));
        CHECK(name != QLatin1String("link"));
        CHECK(name != QLatin1String("img"));
        if (name == QLatin1String("article"))
            ++articles;
        if (name == QLatin1String("blockquote") && attributes.value(QStringLiteral("class")) == QLatin1String("highlight")) {
            ++highlights;
            CHECK(attributes.value(QStringLiteral("style")).toString() == QStringLiteral("background-color:rgba(142,202,230,0.35)"));
        }
        if (name == QLatin1String("li"))
            ++tags;
        if (name == QLatin1String("h2"))
            h2 << xml.readElementText();
        if (name == QLatin1String("a")) {
            ++links;
            CHECK(attributes.value(QStringLiteral("href")) == QLatin1String("https://example.org/askell?x=1&y=2"));
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    CHECK(articles == fx.quotes);
    CHECK(highlights == fx.quotes);
    CHECK(tags == 5);
    CHECK(links == 1);
    CHECK(h2 == QStringList{QStringLiteral("与 Amanda Askell 对谈"), QStringLiteral("对齐研究笔记")});
    CHECK(html.contains("Content-Security-Policy"));
}

TEST_CASE("CSV: BOM, header, one row per annotation, parsed back", "[export][csv]")
{
    test::AnnotatedLibrary fx;
    ExportRequest request;
    request.grouping = ExportGrouping::ByTag; // a quote with two tags still gets one row
    const ExportData data = ExportCollector(fx.lib.library()).collect(request);
    const QByteArray csv = render(ExportFormat::Csv, data);
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = test::parseCsv(QString::fromUtf8(csv.mid(3)));
    REQUIRE(rows.size() == fx.quotes + 1);
    CHECK(rows.first() == QStringList{QStringLiteral("document"), QStringLiteral("segment"), QStringLiteral("speaker"),
                                      QStringLiteral("side"), QStringLiteral("quote_zh"), QStringLiteral("quote_en"),
                                      QStringLiteral("tags"), QStringLiteral("note"), QStringLiteral("author"),
                                      QStringLiteral("created")});
    bool foundSpan = false;
    for (const QStringList &row : rows.mid(1)) {
        REQUIRE(row.size() == 10);
        if (row.at(7) == QStringLiteral("Spans two turns.")) {
            foundSpan = true;
            CHECK(row.at(0) == QStringLiteral("与 Amanda Askell 对谈"));
            CHECK(row.at(1) == QStringLiteral("2"));
            CHECK(row.at(2) == QStringLiteral("Amanda Askell"));
            CHECK(row.at(3) == QStringLiteral("zh"));
            CHECK(row.at(4) == QStringLiteral("诚实是最重要的品质。\n但诚实也需要善意，𠮷不能伤人"));
            CHECK(row.at(5).startsWith(QStringLiteral("I think honesty")));
            CHECK(row.at(6) == QStringLiteral("Ethics; Ethics/Honesty"));
            CHECK(row.at(8) == QStringLiteral("Ana"));
            CHECK(row.at(9) == QStringLiteral("2025-11-20T09:30:00Z"));
        }
    }
    CHECK(foundSpan);
    CHECK(CsvExporter::cell(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(CsvExporter::cell(QStringLiteral("a,\"b\"")) == QStringLiteral("\"a,\"\"b\"\"\""));
}

TEST_CASE("Web Annotation JSON-LD: selectors, tagging and commenting bodies", "[export][json]")
{
    test::AnnotatedLibrary fx;
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest{});
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(render(ExportFormat::WebAnnotation, data), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject collection = json.object();
    CHECK(collection.value(QStringLiteral("@context")) == QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    CHECK(collection.value(QStringLiteral("type")) == QStringLiteral("AnnotationCollection"));
    CHECK(collection.value(QStringLiteral("total")).toInt() == fx.quotes);
    const QJsonArray items = collection.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == fx.quotes);
    int tagging = 0;
    int commenting = 0;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject a = items.at(i).toObject();
        const ExportQuote &quote = data.quotes.at(i);
        CHECK(a.value(QStringLiteral("type")) == QStringLiteral("Annotation"));
        CHECK(a.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("urn:uuid:")));
        const QJsonObject target = a.value(QStringLiteral("target")).toObject();
        const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
        REQUIRE(selectors.size() == 2);
        const QJsonObject textQuote = selectors.at(0).toObject();
        const QJsonObject position = selectors.at(1).toObject();
        CHECK(textQuote.value(QStringLiteral("type")) == QStringLiteral("TextQuoteSelector"));
        CHECK(textQuote.value(QStringLiteral("exact")).toString() == quote.annotation.quote);
        CHECK(position.value(QStringLiteral("type")) == QStringLiteral("TextPositionSelector"));
        const QString &text = data.documents.at(quote.documentIndex).text(quote.annotation.side);
        CHECK(exporttext::codePointMid(text, position.value(QStringLiteral("start")).toInt(),
                                       position.value(QStringLiteral("end")).toInt())
              == quote.annotation.quote);
        CHECK(target.value(QStringLiteral("source")).toObject().value(QStringLiteral("language"))
              == sideName(quote.annotation.side));
        for (const QJsonValue &b : a.value(QStringLiteral("body")).toArray()) {
            const QString purpose = b.toObject().value(QStringLiteral("purpose")).toString();
            tagging += purpose == QLatin1String("tagging");
            commenting += purpose == QLatin1String("commenting");
        }
    }
    CHECK(tagging == 5);
    CHECK(commenting == 3);
}
