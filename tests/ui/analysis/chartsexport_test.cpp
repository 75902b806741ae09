#include "models/core/error.h"
#include "tests/support/annotatedseeds.h"
#include "tests/support/darkpalette.h"
#include "tests/ui/analysis/chartsfixture.h"
#include "ui/analysis/chartexporter.h"
#include "ui/analysis/chartsview.h"
#include "ui/common/filedialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

// How many different colours an image has, sampled on a grid: a blank one has one.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

struct Svg
{
    bool wellFormed = false;
    QString title;
    QString viewBox;
    QString width;
    QStringList texts;
};

Svg readSvg(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    Svg svg;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg")) {
            svg.viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
            svg.width = xml.attributes().value(QLatin1String("width")).toString();
        } else if (xml.name() == QLatin1String("title")) {
            svg.title = xml.readElementText();
        } else if (xml.name() == QLatin1String("text")) {
            svg.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        }
    }
    svg.wellFormed = !xml.hasError();
    return svg;
}

} // namespace

TEST_CASE("A chart exports as a 300 dpi A4 landscape PNG and a valid SVG with its labels", "[charts][export]")
{
    test::ChartsLibrary t;
    QTemporaryDir dir;
    ChartsView view(*t.lib);
    view.setMatrices(t.codesBySpeaker(), t.codesBySpeaker());
    for (const ChartsView::Kind kind :
        {ChartsView::Kind::CodeFrequencies, ChartsView::Kind::TalkShare, ChartsView::Kind::HeatMap}) {
        view.setKind(kind);
        REQUIRE(test::settled(view));
        const QString name = QStringLiteral("chart%1").arg(int(kind));
        const QString png = dir.filePath(name + QStringLiteral(".png"));
        view.writePng(png);
        QImage image(png);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == QSize(3508, 2480));
        CHECK(image.dotsPerMeterX() == 11811); // 300 dpi
        CHECK(colourCount(image) > 20);

        const QString svgPath = dir.filePath(name + QStringLiteral(".svg"));
        view.writeSvg(svgPath);
        CHECK(QSvgRenderer(svgPath).isValid());
        const Svg svg = readSvg(svgPath);
        CHECK(svg.wellFormed);
        CHECK(svg.title == view.chart()->title());
        CHECK(svg.viewBox == QStringLiteral("0 0 1123 794"));
        CHECK(svg.width.startsWith(QStringLiteral("297")));
        CHECK(svg.width.endsWith(QStringLiteral("mm")));
        const QString wanted
            = kind == ChartsView::Kind::TalkShare ? QStringLiteral("访谈一") : QStringLiteral("Method/Interview");
        CHECK(svg.texts.contains(wanted));
    }
}

TEST_CASE("An export that cannot be written names the file and leaves nothing", "[charts][export]")
{
    test::ChartsLibrary t;
    QTemporaryDir dir;
    ChartsView view(*t.lib);
    view.setMatrices(t.codesBySpeaker(), t.codesBySpeaker());
    const QString path = dir.filePath(QStringLiteral("missing/folder/chart.png"));
    try {
        view.writePng(path);
        FAIL("no error");
    } catch (const Error &error) {
        CHECK(error.message().contains(QStringLiteral("chart.png")));
    }
    CHECK_FALSE(QFile::exists(path));
    CHECK_THROWS_AS(view.writeSvg(dir.filePath(QStringLiteral("missing/chart.svg"))), Error);
}

TEST_CASE("ChartExporter renders a chart no view shows at any size", "[charts][export]")
{
    test::ChartsLibrary t;
    ChartsView view(*t.lib);
    view.setKind(ChartsView::Kind::HeatMap);
    view.setMatrices(t.codesBySpeaker(), test::bigMatrix(20, 10));
    std::unique_ptr<QChart> chart = view.createChart();
    const QImage small = ChartExporter::render(chart.get(), QSize(800, 566));
    CHECK(small.size() == QSize(800, 566));
    CHECK(colourCount(small) > 20);
    CHECK(chart->scene() == nullptr); // given back
    CHECK(ChartExporter::printSize() == QSize(3508, 2480));

    // Forty codes do not fit an A4 page with readable labels: the export grows longer,
    // as wide.
    QTemporaryDir dir;
    view.setMatrices(t.codesBySpeaker(), test::bigMatrix(40, 6));
    const QSize layout = view.exportLayout();
    CHECK(layout.width() == ChartExporter::layoutSize().width());
    CHECK(layout.height() > ChartExporter::layoutSize().height());
    const QString png = dir.filePath(QStringLiteral("long.png"));
    view.writePng(png);
    const QImage image(png);
    CHECK(image.width() == 3508);
    CHECK(image.height() == qRound(layout.height() * 3508.0 / layout.width()));
    const QString svg = dir.filePath(QStringLiteral("long.svg"));
    view.writeSvg(svg);
    CHECK(readSvg(svg).viewBox == QStringLiteral("0 0 %1 %2").arg(layout.width()).arg(layout.height()));
    test::keepScreenshot(image, QStringLiteral("charts-heatmap-40x6-print"));
}

TEST_CASE("Screenshots of every chart, light and dark", "[charts][screenshots]")
{
    test::ChartsLibrary t;
    for (const bool dark : {false, true}) {
        ChartsView view(*t.lib);
        if (dark)
            view.setPalette(test::darkPalette());
        view.resize(1024, 700);
        view.show();
        view.setMatrices(t.codesBySpeaker(), test::bigMatrix(20, 10));
        const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
        const QStringList names {QStringLiteral("codes"), QStringLiteral("talkshare"), QStringLiteral("heatmap")};
        for (int kind = 0; kind < 3; ++kind) {
            view.setKind(ChartsView::Kind(kind));
            REQUIRE(test::settled(view));
            QCoreApplication::processEvents();
            const QImage shown = view.grab().toImage();
            CHECK(colourCount(shown) > 10);
            test::keepScreenshot(shown, QStringLiteral("charts-%1-%2").arg(names.at(kind), theme));
            std::unique_ptr<QChart> chart = view.createChart();
            test::keepScreenshot(
                ChartExporter::render(chart.get(), ChartExporter::printSize(view.exportLayout()), view.exportLayout()),
                QStringLiteral("charts-%1-%2-print").arg(names.at(kind), theme));
        }
    }
    // The heat map the issue asks to stay readable: 20 codes × 10 documents.
    ChartsView big(*t.lib);
    big.resize(1024, 700);
    big.show();
    big.setKind(ChartsView::Kind::HeatMap);
    big.setMatrices(test::bigMatrix(20, 10), test::bigMatrix(20, 10));
    QCoreApplication::processEvents();
    test::keepScreenshot(big.grab().toImage(), QStringLiteral("charts-heatmap-20x10"));
    // And 20 codes stacked by four speakers, one of them "no speaker".
    MatrixTable bySpeaker = test::bigMatrix(20, 4);
    bySpeaker.columns = MatrixColumns::Speakers;
    bySpeaker.columnIds = {t.host, t.guest, 0, t.host + t.guest + 1};
    bySpeaker.columnLabels = QStringList {QStringLiteral("主持人"), QStringLiteral("Guest"),
        QStringLiteral("No speaker"), QStringLiteral("Amanda Askell")};
    big.setKind(ChartsView::Kind::CodeFrequencies);
    big.setMatrices(bySpeaker, bySpeaker);
    QCoreApplication::processEvents();
    test::keepScreenshot(big.grab().toImage(), QStringLiteral("charts-codes-20x4"));
}

TEST_CASE("Talk share of real transcripts reads well", "[charts][screenshots]")
{
    test::AnnotatedSeeds seeds;
    ChartsView view(*seeds.lib);
    view.resize(1024, 700);
    view.show();
    view.setKind(ChartsView::Kind::TalkShare);
    REQUIRE(test::settled(view));
    QCoreApplication::processEvents();
    // The interview has Host and Amanda Askell; the article's text has no speaker.
    CHECK(view.talkShare().documentCount() == 2);
    CHECK(view.talkShare().speakerCount() >= 2);
    test::keepScreenshot(view.grab().toImage(), QStringLiteral("charts-talkshare-seeds"));
}

TEST_CASE("Export PNG… and Export SVG… write the file the user chose", "[charts][export]")
{
    test::ChartsLibrary t;
    QTemporaryDir dir;
    ChartsView view(*t.lib);
    view.setKind(ChartsView::Kind::TalkShare);
    REQUIRE(test::settled(view));
    const QString png = dir.filePath(QStringLiteral("share.png"));
    FileDialog::setNextFileName(png);
    view.findChild<QPushButton *>(QStringLiteral("exportChartPng"))->click();
    CHECK(QImage(png).size() == ChartExporter::printSize());
    CHECK(FileDialog::lastOffer().directory.endsWith(QStringLiteral("talk-share.png")));
    const QString svg = dir.filePath(QStringLiteral("share.svg"));
    FileDialog::setNextFileName(svg);
    view.findChild<QPushButton *>(QStringLiteral("exportChartSvg"))->click();
    CHECK(QSvgRenderer(svg).isValid());
    // Cancel writes nothing.
    FileDialog::setNextFileName(QString());
    view.exportPng();
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2);
}
