#include "ui/analysis/heatmapchart.h"

#include "ui/analysis/chartlabels.h"

#include <QCursor>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QToolTip>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>

#include <algorithm>
#include <cmath>
#include <utility>

namespace bitext::ui {

namespace {

const char *const kRow = "bitextRow";
const char *const kColumn = "bitextColumn";

// One sequential scale per theme: from close to the background (nothing) to the
// strongest contrast with it (the most).
const char *const kLightBands[] = {"#f0f2f5", "#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"};
const char *const kDarkBands[] = {"#2c3036", "#1b3a5c", "#22609a", "#3288c8", "#6cb8e6", "#c7e9ff"};

QString valueText(double value, MatrixMeasure measure)
{
    if (measure == MatrixMeasure::Coverage)
        return QLocale().toString(value * 100, 'f', value * 100 < 10 ? 1 : 0) + QLatin1Char('%');
    return QLocale().toString(qRound64(value));
}

QAreaSeries *rectangle(double left, double bottom, double right, double top)
{
    auto *area = new QAreaSeries;
    auto *upper = new QLineSeries(area);
    upper->append(left, top);
    upper->append(right, top);
    auto *lower = new QLineSeries(area);
    lower->append(left, bottom);
    lower->append(right, bottom);
    area->setUpperSeries(upper);
    area->setLowerSeries(lower);
    return area;
}

// The legend's name of a band: the values it holds.
QString bandRange(int band, double maximum, MatrixMeasure measure)
{
    if (band == 0)
        return valueText(0, measure);
    if (maximum <= 0)
        return QString(); // all zero: the one band
    const double low = maximum * (band - 1) / HeatMapChart::kBands;
    const double high = maximum * band / HeatMapChart::kBands;
    if (measure == MatrixMeasure::Count) {
        const qint64 first = qint64(std::floor(low)) + 1;
        const qint64 last = qint64(std::floor(high));
        if (first > last)
            return QString();
        return first == last ? QLocale().toString(first)
                             : QStringLiteral("%1–%2").arg(QLocale().toString(first), QLocale().toString(last));
    }
    return QStringLiteral("%1–%2").arg(valueText(low, measure), valueText(high, measure));
}

} // namespace

QString HeatMapChart::title(const MatrixTable &table)
{
    const bool coverage = table.measure == MatrixMeasure::Coverage;
    switch (table.columns) {
    case MatrixColumns::Speakers:
        return coverage ? tr("Heat map: coverage of codes by speaker") : tr("Heat map: quotes of codes by speaker");
    case MatrixColumns::Documents:
        return coverage ? tr("Heat map: coverage of codes by document") : tr("Heat map: quotes of codes by document");
    case MatrixColumns::Codes:
        return coverage ? tr("Heat map: coverage of codes by code") : tr("Heat map: co-occurring codes");
    }
    return QString();
}

int HeatMapChart::band(double value, double maximum)
{
    if (value <= 0 || maximum <= 0)
        return 0;
    return std::clamp(int(std::ceil(value / maximum * kBands - 1e-9)), 1, kBands);
}

QColor HeatMapChart::bandColor(int band, const ChartTheme &theme)
{
    const int index = std::clamp(band, 0, kBands);
    return QColor(QLatin1String(theme.isDark() ? kDarkBands[index] : kLightBands[index]));
}

QAbstractSeries *HeatMapChart::cellSeries(QChart *chart, int row, int column)
{
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        if (s->property(kRow).toInt() == row && s->property(kColumn).toInt() == column && s->property(kRow).isValid())
            return s;
    }
    return nullptr;
}

std::unique_ptr<QChart> HeatMapChart::create(
    const MatrixTable &table, const ChartTheme &theme, const Activated &activated)
{
    auto chart = std::make_unique<QChart>();
    theme.applyTo(chart.get());
    chart->setTitle(title(table));
    const int rows = table.rowCount();
    const int columns = table.columnCount();
    if (rows == 0 || columns == 0) {
        chart->setTitle(tr("Heat map: nothing to show for this filter"));
        return chart;
    }
    double maximum = 0;
    for (const QVector<double> &row : table.values)
        for (double value : row)
            maximum = std::max(maximum, value);

    // Rows bottom-up on the value axis: row r spans [rows - 1 - r, rows - r].
    auto *rowAxis = new QCategoryAxis;
    rowAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    rowAxis->setRange(0, rows);
    rowAxis->setStartValue(0);
    QStringList bottomUp = table.rowLabels;
    std::reverse(bottomUp.begin(), bottomUp.end());
    const QStringList rowLabels = ChartLabels::axisLabels(bottomUp, theme.labelFont(), 240);
    for (int i = 0; i < rows; ++i)
        rowAxis->append(rowLabels.at(i), i + 1);
    auto *columnAxis = new QCategoryAxis;
    columnAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    columnAxis->setRange(0, columns);
    columnAxis->setStartValue(0);
    const QStringList columnLabels = ChartLabels::axisLabels(table.columnLabels, theme.labelFont(), 150);
    int widest = 0;
    const QFontMetrics metrics(theme.labelFont());
    for (int c = 0; c < columns; ++c) {
        columnAxis->append(columnLabels.at(c), c + 1);
        widest = std::max(widest, metrics.horizontalAdvance(columnLabels.at(c)));
    }
    // About 700 pixels of plot in a window 1024 wide: slant the labels rather than
    // let them run into each other.
    if (widest * columns > 640)
        columnAxis->setLabelsAngle(-90);
    for (QCategoryAxis *axis : {rowAxis, columnAxis}) {
        axis->setGridLineVisible(false);
        axis->setMinorGridLineVisible(false);
    }
    chart->addAxis(rowAxis, Qt::AlignLeft);
    chart->addAxis(columnAxis, Qt::AlignBottom);

    struct CellLabel
    {
        QGraphicsSimpleTextItem *item;
        QPointF centre;
    };
    QList<CellLabel> labels;
    QList<QAbstractSeries *> cells;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const double value = table.value(row, column);
            const double bottom = rows - 1 - row;
            QAreaSeries *cell = rectangle(column, bottom, column + 1, bottom + 1);
            const QColor color = bandColor(band(value, maximum), theme);
            cell->setColor(color);
            cell->setBorderColor(theme.background());
            cell->setProperty(kRow, row);
            cell->setProperty(kColumn, column);
            chart->addSeries(cell);
            cell->attachAxis(columnAxis);
            cell->attachAxis(rowAxis);
            cells << cell;
            QObject::connect(cell, &QAreaSeries::clicked, chart.get(), [activated, row, column] {
                if (activated)
                    activated(row, column);
            });
            const QString tip
                = tr("%1 — %2: %3")
                      .arg(table.rowLabels.at(row), table.columnLabels.at(column), valueText(value, table.measure));
            QObject::connect(cell, &QAreaSeries::hovered, chart.get(), [tip](const QPointF &, bool on) {
                if (on)
                    QToolTip::showText(QCursor::pos(), tip);
                else
                    QToolTip::hideText();
            });
            if (value > 0) {
                auto *item = new QGraphicsSimpleTextItem(valueText(value, table.measure), chart.get());
                item->setFont(theme.labelFont());
                item->setBrush(color.lightness() > 150 ? QColor(Qt::black) : QColor(Qt::white));
                item->setZValue(10);
                labels << CellLabel {item, QPointF(column + 0.5, bottom + 0.5)};
            }
        }
    }
    // The colour scale: one empty series per band, the only legend entries.
    for (int b = 0; b <= kBands; ++b) {
        const QString range = bandRange(b, maximum, table.measure);
        if (range.isEmpty())
            continue;
        QAreaSeries *key = rectangle(0, 0, 0, 0);
        key->setName(range);
        key->setColor(bandColor(b, theme));
        key->setBorderColor(theme.text());
        chart->addSeries(key);
        key->attachAxis(columnAxis);
        key->attachAxis(rowAxis);
    }
    for (QAbstractSeries *cell : std::as_const(cells)) {
        const auto markers = chart->legend()->markers(cell);
        for (QLegendMarker *marker : markers)
            marker->setVisible(false);
    }
    chart->legend()->setAlignment(Qt::AlignRight);

    // Each value on its cell, kept there as the plot area moves; hidden where it does
    // not fit (the tooltip still tells it).
    QChart *raw = chart.get();
    QAbstractSeries *reference = cells.first();
    QObject::connect(raw, &QChart::plotAreaChanged, raw, [raw, reference, labels, rows, columns](const QRectF &plot) {
        const double cellWidth = plot.width() / columns;
        const double cellHeight = plot.height() / rows;
        for (const CellLabel &label : labels) {
            const QRectF box = label.item->boundingRect();
            const QPointF centre = raw->mapToPosition(label.centre, reference);
            label.item->setPos(centre - QPointF(box.width() / 2, box.height() / 2));
            label.item->setVisible(box.width() < cellWidth - 2 && box.height() < cellHeight + 2);
        }
    });
    theme.finish(raw);
    return chart;
}

} // namespace bitext::ui
