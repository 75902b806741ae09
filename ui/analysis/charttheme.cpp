#include "ui/analysis/charttheme.h"

#include "ui/common/appearance.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>

namespace bitext::ui {

ChartTheme::ChartTheme(const QPalette &palette, const QFont &font)
    : m_palette(palette)
    , m_font(font)
    , m_dark(Appearance::isDark(palette))
{
}

QColor ChartTheme::background() const
{
    return m_palette.color(QPalette::Base);
}

QColor ChartTheme::text() const
{
    return m_palette.color(QPalette::Text);
}

void ChartTheme::applyTo(QChart *chart) const
{
    chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(background());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    QFont title = m_font;
    title.setBold(true);
    title.setPointSizeF(m_font.pointSizeF() * 1.25);
    chart->setTitleFont(title);
    chart->setTitleBrush(text());
    chart->setAnimationOptions(QChart::NoAnimation);
}

void ChartTheme::finish(QChart *chart) const
{
    chart->legend()->setFont(m_font);
    chart->legend()->setLabelColor(text());
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes)
        styleAxis(axis);
}

void ChartTheme::styleAxis(QAbstractAxis *axis) const
{
    axis->setLabelsFont(m_font);
    axis->setLabelsColor(text());
    QFont title = m_font;
    title.setBold(true);
    axis->setTitleFont(title);
    axis->setTitleBrush(text());
    QColor grid = text();
    grid.setAlpha(m_dark ? 60 : 40);
    axis->setGridLineColor(grid);
    QColor line = text();
    line.setAlpha(120);
    axis->setLinePenColor(line);
}

} // namespace bitext::ui
