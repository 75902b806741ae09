#pragma once

#include "models/analysis/matrixtable.h"
#include "ui/analysis/charttheme.h"

#include <QColor>
#include <QCoreApplication>

#include <functional>
#include <memory>

namespace bitext::ui {

// A matrix as a heat map. Qt Charts has no such series, so it is composed of its parts:
// one QAreaSeries rectangle per cell (it scales with the plot area, and it can be
// clicked) on a value axis of one unit per row and column, with QCategoryAxis labels
// centred on the rows and columns, each cell's value written on it, and a colour scale
// of a few bands in the legend (empty series named by their range, the only ones with
// a legend marker). Rows run from the top, as in the table.
class HeatMapChart
{
    Q_DECLARE_TR_FUNCTIONS(HeatMapChart)

public:
    using Activated = std::function<void(int row, int column)>;
    // Bands of the colour scale besides the one for 0.
    static constexpr int kBands = 5;

    static std::unique_ptr<QChart> create(
        const MatrixTable &table, const ChartTheme &theme, const Activated &activated);
    static QString title(const MatrixTable &table);
    // The band of a value: 0 for 0 (or less), else 1..kBands by its share of maximum.
    static int band(double value, double maximum);
    // The colour of a band, from near the background (0) to the strongest (kBands).
    static QColor bandColor(int band, const ChartTheme &theme);
    // The series of a cell in a chart create() made (nullptr when there is none).
    static QAbstractSeries *cellSeries(QChart *chart, int row, int column);
};

} // namespace bitext::ui
