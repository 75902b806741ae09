#include "tests/support/darkpalette.h"
#include "tests/ui/analysis/chartsfixture.h"
#include "ui/analysis/chartsview.h"
#include "ui/analysis/heatmapchart.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalPercentBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegendMarker>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> result;
    for (int i = 0; i < set->count(); ++i)
        result << set->at(i);
    return result;
}

template<typename Axis> Axis *axisOf(QChart *chart, Qt::Orientation orientation)
{
    const auto axes = chart->axes(orientation);
    for (QAbstractAxis *axis : axes) {
        if (auto *typed = qobject_cast<Axis *>(axis))
            return typed;
    }
    return nullptr;
}

QStringList visibleText(QStringList labels)
{
    for (QString &label : labels)
        label.remove(QChar(0x200B));
    return labels;
}

} // namespace

TEST_CASE("Code frequencies are bars of codes stacked by speaker in the speakers' colours", "[charts]")
{
    test::ChartsLibrary t;
    ChartsView view(*t.lib);
    view.resize(1024, 700);
    view.setMatrices(t.codesBySpeaker(), t.codesBySpeaker());
    REQUIRE(view.kind() == ChartsView::Kind::CodeFrequencies);
    QChart *chart = view.chart();
    REQUIRE(chart->series().size() == 1);
    auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().first());
    REQUIRE(series);
    const auto sets = series->barSets();
    REQUIRE(sets.size() == 2);
    CHECK(sets.at(0)->label() == QStringLiteral("主持人"));
    CHECK(sets.at(1)->label() == QStringLiteral("Guest"));
    CHECK(sets.at(0)->color() == t.hostColor);
    CHECK(sets.at(1)->color() == t.guestColor);
    // The first code at the top: the category axis runs bottom-up.
    CHECK(values(sets.at(0)) == QList<qreal> {5, 0, 3});
    CHECK(values(sets.at(1)) == QList<qreal> {0, 2, 1});
    auto *codes = axisOf<QBarCategoryAxis>(chart, Qt::Vertical);
    REQUIRE(codes);
    CHECK(visibleText(codes->categories())
        == QStringList {QStringLiteral("Method/Interview"), QStringLiteral("价值观/诚实"), QStringLiteral("价值观")});

    QSignalSpy activated(&view, &ChartsView::codeSpeakerActivated);
    emit sets.at(1)->clicked(1); // Guest's bar of the middle code
    REQUIRE(activated.size() == 1);
    CHECK(activated.at(0).at(0).toInt() == 1);
    CHECK(activated.at(0).at(1).toInt() == 1);
}

TEST_CASE("Talk share is a percent bar per document of each speaker's units", "[charts]")
{
    test::ChartsLibrary t;
    ChartsView view(*t.lib);
    view.setKind(ChartsView::Kind::TalkShare);
    // Counted on a worker thread: the window does not wait for it.
    CHECK(view.isBusy());
    REQUIRE(test::settled(view));
    QChart *chart = view.chart();
    REQUIRE(chart->series().size() == 1);
    auto *series = qobject_cast<QHorizontalPercentBarSeries *>(chart->series().first());
    REQUIRE(series);
    const auto sets = series->barSets();
    REQUIRE(sets.size() == 2);
    CHECK(sets.at(0)->label() == QStringLiteral("主持人"));
    CHECK(sets.at(0)->color() == t.hostColor);
    // Bottom-up: 访谈二 then 访谈一. 主持人 5 and Guest 9 in 访谈一, Guest 2 in 访谈二.
    CHECK(values(sets.at(0)) == QList<qreal> {0, 5});
    CHECK(values(sets.at(1)) == QList<qreal> {2, 9});
    auto *documents = axisOf<QBarCategoryAxis>(chart, Qt::Vertical);
    REQUIRE(documents);
    CHECK(documents->categories() == QStringList {QStringLiteral("访谈二"), QStringLiteral("访谈一")});

    // The filter recomputes it: Chinese only, the first talk.
    AnalysisFilter filter;
    filter.side = Side::Zh;
    filter.documentIds = {t.first};
    view.setFilter(filter);
    REQUIRE(test::settled(view));
    auto *zh = qobject_cast<QHorizontalPercentBarSeries *>(view.chart()->series().first());
    REQUIRE(zh);
    CHECK(values(zh->barSets().at(0)) == QList<qreal> {4});
    CHECK(values(zh->barSets().at(1)) == QList<qreal> {6});

    // A new talk in the library shows without a new filter.
    view.setFilter(AnalysisFilter());
    t.insert(QStringLiteral("访谈三"), {{QStringLiteral("主持人"), QStringLiteral("再见"), QString()}});
    REQUIRE(test::waitFor([&] {
        auto *s = qobject_cast<QHorizontalPercentBarSeries *>(view.chart()->series().value(0));
        return s && s->barSets().at(0)->count() == 3;
    }));
}

TEST_CASE("The heat map colours cells by value, labels rows and columns, and reports clicks", "[charts]")
{
    test::ChartsLibrary t;
    for (const bool dark : {false, true}) {
        ChartsView view(*t.lib);
        if (dark)
            view.setPalette(test::darkPalette());
        view.setKind(ChartsView::Kind::HeatMap);
        const MatrixTable table = t.codesBySpeaker();
        view.setMatrices(table, table);
        QChart *chart = view.chart();
        // Six cells and the colour scale's bands (0, 1, 2, 3, 4, 5 for a maximum of 5).
        int cells = 0;
        int keys = 0;
        for (QAbstractSeries *s : chart->series()) {
            const bool visible = chart->legend()->markers(s).value(0)->isVisible();
            (visible ? keys : cells) += 1;
        }
        CHECK(cells == 6);
        CHECK(keys == HeatMapChart::kBands + 1);
        // Ordered by value: the further a cell's colour from the background, the more.
        const int background = chart->backgroundBrush().color().lightness();
        CHECK((background < 128) == dark);
        QList<QPair<double, int>> byValue;
        for (int r = 0; r < table.rowCount(); ++r) {
            for (int c = 0; c < table.columnCount(); ++c) {
                auto *cell = qobject_cast<QAreaSeries *>(HeatMapChart::cellSeries(chart, r, c));
                REQUIRE(cell);
                byValue << qMakePair(table.value(r, c), std::abs(cell->color().lightness() - background));
            }
        }
        std::sort(byValue.begin(), byValue.end());
        for (int i = 1; i < byValue.size(); ++i) {
            INFO("value " << byValue.at(i).first);
            if (byValue.at(i).first > byValue.at(i - 1).first)
                CHECK(byValue.at(i).second > byValue.at(i - 1).second);
        }
        auto *rows = axisOf<QCategoryAxis>(chart, Qt::Vertical);
        auto *columns = axisOf<QCategoryAxis>(chart, Qt::Horizontal);
        REQUIRE(rows);
        REQUIRE(columns);
        CHECK(visibleText(rows->categoriesLabels())
            == QStringList {
                QStringLiteral("Method/Interview"), QStringLiteral("价值观/诚实"), QStringLiteral("价值观")});
        CHECK(columns->categoriesLabels() == QStringList {QStringLiteral("主持人"), QStringLiteral("Guest")});

        QSignalSpy activated(&view, &ChartsView::cellActivated);
        emit qobject_cast<QAreaSeries *>(HeatMapChart::cellSeries(chart, 2, 0))->clicked(QPointF(0.5, 0.5));
        REQUIRE(activated.size() == 1);
        CHECK(activated.at(0).at(0).toInt() == 2);
        CHECK(activated.at(0).at(1).toInt() == 0);
    }
}

TEST_CASE("The charts follow the palette: dark palette, dark chart, and back", "[charts]")
{
    test::ChartsLibrary t;
    ChartsView view(*t.lib);
    view.setMatrices(t.codesBySpeaker(), t.codesBySpeaker());
    CHECK(view.chart()->backgroundBrush().color().lightness() > 128);
    view.setPalette(test::darkPalette());
    const QColor dark = view.chart()->backgroundBrush().color();
    CHECK(dark.lightness() < 128);
    // Titles and labels in the palette's text colour, readable on the background.
    CHECK(std::abs(view.chart()->titleBrush().color().lightness() - dark.lightness()) > 100);
    CHECK(view.chart()->theme() == QChart::ChartThemeDark);
    // A Qt Charts theme resets series colours: the speakers keep theirs.
    auto *series = qobject_cast<QAbstractBarSeries *>(view.chart()->series().first());
    REQUIRE(series);
    CHECK(series->barSets().at(0)->color() == t.hostColor);
    view.setPalette(QPalette());
    CHECK(view.chart()->backgroundBrush().color().lightness() > 128);
    CHECK(view.chart()->theme() == QChart::ChartThemeLight);
}

TEST_CASE("Empty matrices give a chart that says there is nothing to show", "[charts]")
{
    test::ChartsLibrary t;
    ChartsView view(*t.lib);
    view.setMatrices(MatrixTable(), MatrixTable());
    CHECK(view.chart()->series().isEmpty());
    CHECK_FALSE(view.chart()->title().isEmpty());
    view.setKind(ChartsView::Kind::HeatMap);
    CHECK(view.chart()->series().isEmpty());
}

TEST_CASE("Coverage by speaker is drawn as bars side by side, in percent", "[charts]")
{
    test::ChartsLibrary t;
    ChartsView view(*t.lib);
    MatrixTable coverage = t.codesBySpeaker();
    coverage.measure = MatrixMeasure::Coverage;
    coverage.values = {{0.25, 0.5}, {0, 0.125}, {1, 0}};
    view.setMatrices(coverage, coverage);
    // Shares of each speaker's own text do not add up: no stacking.
    REQUIRE(view.chart()->series().size() == 1);
    CHECK_FALSE(qobject_cast<QHorizontalStackedBarSeries *>(view.chart()->series().first()));
    auto *series = qobject_cast<QHorizontalBarSeries *>(view.chart()->series().first());
    REQUIRE(series);
    CHECK(values(series->barSets().at(0)) == QList<qreal> {100, 0, 25});
    CHECK(values(series->barSets().at(1)) == QList<qreal> {0, 12.5, 50});
}

TEST_CASE("A heat map of zeros has one colour and one legend entry", "[charts]")
{
    test::ChartsLibrary t;
    ChartsView view(*t.lib);
    view.setKind(ChartsView::Kind::HeatMap);
    MatrixTable zeros = t.codesBySpeaker();
    zeros.measure = MatrixMeasure::Coverage;
    zeros.values = {{0, 0}, {0, 0}, {0, 0}};
    view.setMatrices(zeros, zeros);
    QStringList keys;
    for (QAbstractSeries *s : view.chart()->series()) {
        if (view.chart()->legend()->markers(s).value(0)->isVisible())
            keys << s->name();
    }
    CHECK(keys.size() == 1);
    CHECK(qobject_cast<QAreaSeries *>(HeatMapChart::cellSeries(view.chart(), 0, 0))->color()
        == qobject_cast<QAreaSeries *>(HeatMapChart::cellSeries(view.chart(), 2, 1))->color());
}
