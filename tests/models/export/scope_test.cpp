// What an export holds and how it reads: documents without quotes left out, front
// matter of the export (not the library), Markdown without HTML entities or empty
// keys, notes rendered from their Markdown, and a one-document file titled once.
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"
#include "tests/models/export/exportfixture.h"

#include <QTemporaryDir>

#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

QString render(ExportFormat format, const ExportData &data)
{
    return QString::fromUtf8(Exporter::create(format)->render(data));
}

YAML::Node frontMatter(const QString &md)
{
    const int end = md.indexOf(QStringLiteral("\n---\n"), 4);
    REQUIRE(md.startsWith(QStringLiteral("---\n")));
    REQUIRE(end > 0);
    return YAML::Load(md.mid(4, end - 4).toStdString());
}

QStringList strings(const YAML::Node &list)
{
    QStringList result;
    for (const YAML::Node &item : list)
        result << QString::fromStdString(item.as<std::string>());
    return result;
}

// The fixture plus a panel quoted once (Yan; Zoe speaks but is not quoted) and a
// document nobody annotated (Quiet).
struct ScopeLibrary : test::AnnotatedLibrary
{
    qint64 panel = 0;
    qint64 quiet = 0;

    ScopeLibrary()
    {
        Library &library = lib.library();
        ParsedDocument p;
        p.document.title = QStringLiteral("Q&A panel");
        p.document.format = QStringLiteral("speaker-turns");
        p.segments << test::segment(QStringLiteral("Zoe"), QStringLiteral("欢迎。"), QStringLiteral("Welcome."))
                   << test::segment(
                          QStringLiteral("Yan"), QStringLiteral("对齐很难。"), QStringLiteral("Alignment is hard."));
        panel = library.documents().insert(p);
        test::annotate(library, panel, Side::Zh, 1, QStringLiteral("对齐"), 1, QStringLiteral("很难"), {safety},
            QStringLiteral("**Key claim**: it is *hard*.\n\n- one\n- two"));
        ParsedDocument q;
        q.document.title = QStringLiteral("Quiet");
        q.document.format = QStringLiteral("plain");
        q.segments << test::segment(QStringLiteral("Nobody"), QStringLiteral("没有注释。"), QString());
        quiet = library.documents().insert(q);
    }
};

// The panel alone, as one export.
ExportData panelExport(ScopeLibrary &fx, ExportGrouping grouping = ExportGrouping::ByDocument)
{
    ExportRequest request;
    request.documentIds = {fx.panel};
    request.grouping = grouping;
    return ExportCollector(fx.lib.library()).collect(request);
}

// The text of the PDF the data makes (poppler-utils' pdftotext).
QString pdfText(const ExportData &data)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("notes.pdf"));
    Exporter::create(ExportFormat::Pdf)->write(data, pdf);
    const auto text = test::runTool(
        QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    return text.out;
}

} // namespace

TEST_CASE("The whole library exports the documents with quotes, and its front matter names theirs", "[export][scope]")
{
    ScopeLibrary fx;
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest {});
    QStringList titles;
    for (const ExportDocument &d : data.documents)
        titles << d.document.title;
    CHECK_FALSE(titles.contains(QStringLiteral("Quiet")));
    CHECK(data.documents.size() == 3);
    CHECK(data.groups.size() == 3); // no empty heading

    const QString md = render(ExportFormat::Markdown, data);
    CHECK_FALSE(md.contains(QStringLiteral("Quiet")));
    const YAML::Node front = frontMatter(md);
    CHECK(strings(front["source"]) == titles);
    // Who speaks in the quotes: not Zoe (in the panel, never quoted) nor Nobody.
    const QStringList speakers = strings(front["speakers"]);
    CHECK(speakers.contains(QStringLiteral("Yan")));
    CHECK(speakers.contains(QStringLiteral("Amanda Askell")));
    CHECK_FALSE(speakers.contains(QStringLiteral("Zoe")));
    CHECK_FALSE(speakers.contains(QStringLiteral("Nobody")));

    // Asked for by name, a document is exported even without quotes.
    ExportRequest named;
    named.documentIds = {fx.quiet};
    CHECK(ExportCollector(fx.lib.library()).collect(named).documents.size() == 1);
}

TEST_CASE("Markdown writes text as it is, without HTML entities or empty keys", "[export][md]")
{
    ScopeLibrary fx;
    const QString md = render(ExportFormat::Markdown, panelExport(fx));
    INFO(md.toStdString());
    CHECK(md.contains(QStringLiteral("\n# Q&A panel\n")));
    CHECK_FALSE(md.contains(QStringLiteral("&amp;")));
    const YAML::Node front = frontMatter(md);
    CHECK(QString::fromStdString(front["title"].as<std::string>()) == QStringLiteral("Q&A panel"));
    // The panel has no date and no source: no keys for them, not "".
    CHECK_FALSE(front["date"]);
    CHECK_FALSE(front["source"]);
    CHECK_FALSE(md.contains(QStringLiteral("\"\"")));
    // The note stays Markdown.
    CHECK(md.contains(QStringLiteral("**Key claim**: it is *hard*.\n\n- one\n- two")));
}

TEST_CASE("Notes are rendered from their Markdown in HTML, PDF and ODT", "[export][notes]")
{
    ScopeLibrary fx;
    const ExportData data = panelExport(fx);

    const QString html = render(ExportFormat::Html, data);
    CHECK(html.contains(QStringLiteral("<strong>Key claim</strong>: it is <em>hard</em>.")));
    CHECK(html.contains(QStringLiteral("<ul><li>one</li><li>two</li></ul>")));
    CHECK_FALSE(html.contains(QStringLiteral("**")));
    CHECK(html.contains(QStringLiteral("Content-Security-Policy")));

    const QString pdf = pdfText(data);
    CHECK(pdf.contains(QStringLiteral("Key claim")));
    CHECK_FALSE(pdf.contains(QStringLiteral("**")));
    CHECK_FALSE(pdf.contains(QStringLiteral("- one")));

    QTemporaryDir dir;
    const QString odt = dir.filePath(QStringLiteral("notes.odt"));
    Exporter::create(ExportFormat::Odt)->write(data, odt);
    QString content;
    for (const auto &f : test::readZip(odt)) {
        if (f.first == QLatin1String("content.xml"))
            content = QString::fromUtf8(f.second);
    }
    CHECK(content.contains(QStringLiteral("Key claim")));
    CHECK_FALSE(content.contains(QStringLiteral("**")));
    CHECK(content.contains(QStringLiteral("fo:font-weight=\"bold\"")));
    CHECK(content.contains(QStringLiteral("<text:list")));
}

TEST_CASE("A one-document export shows its title once", "[export][pdf]")
{
    ScopeLibrary fx;
    const ExportData data = panelExport(fx);
    CHECK(pdfText(data).count(QStringLiteral("Q&A panel")) == 1);
    CHECK(render(ExportFormat::Html, data).count(QStringLiteral(">Q&amp;A panel</h")) == 1);
    // By tag, the tag headings stay.
    CHECK(render(ExportFormat::Html, panelExport(fx, ExportGrouping::ByTag))
              .contains(QStringLiteral("<h2>Safety research</h2>")));
}
