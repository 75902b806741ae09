#pragma once

#include "ui/analysis/qtcharts.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QtCharts/QChart>

namespace bitext::ui {

// Renders an Analysis chart for print, without a dialog: laid out on an A4 landscape
// page (297 × 210 mm at the screen's 96 dpi, so fonts keep their proportions) and
// drawn at 300 dpi for PNG (3508 × 2480 pixels) or as vectors for SVG. Files are written
// all or nothing (QSaveFile); a failure throws Error naming the file.
//
// The chart is moved into a scene of the exporter's own while it renders and taken out
// again: give it a chart that no view shows (ChartsView::createChart makes one).
class ChartExporter
{
public:
    static constexpr double kPageWidthMm = 297;
    static constexpr double kPageHeightMm = 210;
    static constexpr int kPrintDpi = 300;

    // The page in the chart's own (96 dpi) pixels: 1123 × 794.
    static QSize layoutSize();
    // The PNG's size for a layout: 3508 × 2480 for the page; a layout as wide and longer
    // (a long list of codes, whose labels Qt Charts would cut short on one page) is
    // drawn as wide and as much longer.
    static QSize printSize(const QSize &layout = layoutSize());

    // The chart laid out at layout and drawn scaled to pixels, on its background.
    static QImage render(QChart *chart, const QSize &pixels, const QSize &layout = layoutSize());
    static void writePng(QChart *chart, const QString &path, const QSize &layout = layoutSize());
    // An SVG with the chart's title as its title, a viewBox of the layout and a width
    // and height in millimetres (the page's).
    static void writeSvg(QChart *chart, const QString &path, const QSize &layout = layoutSize());
};

} // namespace bitext::ui
