#pragma once

#include "ui/analysis/qtcharts.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>

namespace bitext::ui {

// The look of the Analysis charts, taken from the widget's palette and font so that a
// chart reads like the window around it: Qt Charts' light or dark theme by the lightness
// of QPalette::Window (as Appearance::isDark), the palette's base colour behind the
// chart and its text colour on titles, labels and the legend.
class ChartTheme
{
public:
    ChartTheme(const QPalette &palette, const QFont &font);

    bool isDark() const { return m_dark; }
    QColor background() const;
    QColor text() const;
    QFont labelFont() const { return m_font; }

    // Call first on a new chart: choosing a Qt Charts theme resets every series' colours.
    void applyTo(QChart *chart) const;
    // After the series and axes are added: legend and axis fonts and colours.
    void finish(QChart *chart) const;

private:
    void styleAxis(QAbstractAxis *axis) const;

    QPalette m_palette;
    QFont m_font;
    bool m_dark = false;
};

} // namespace bitext::ui
