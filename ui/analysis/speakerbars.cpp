#include "ui/analysis/speakerbars.h"

#include "models/store/speakerrepository.h"
#include "ui/analysis/chartlabels.h"

#include <QtCharts/QBarCategoryAxis>

#include <algorithm>

namespace bitext::ui {

QBarSet *SpeakerBars::create(
    const QString &name, qint64 speakerId, int index, const QHash<qint64, QColor> &colors, const ChartTheme &theme)
{
    auto *set = new QBarSet(name);
    QColor color = colors.value(speakerId);
    if (!color.isValid())
        color = speakerId == 0 ? QColor(Qt::gray) : SpeakerRepository::paletteColor(index);
    set->setColor(color);
    set->setBorderColor(theme.background());
    set->setLabelColor(color.lightness() > 150 ? QColor(Qt::black) : QColor(Qt::white));
    return set;
}

void SpeakerBars::addCategoryAxis(
    QChart *chart, QAbstractBarSeries *series, const QStringList &topDown, const ChartTheme &theme)
{
    QStringList bottomUp = topDown;
    std::reverse(bottomUp.begin(), bottomUp.end());
    auto *axis = new QBarCategoryAxis;
    axis->append(ChartLabels::axisLabels(bottomUp, theme.labelFont(), 240));
    axis->setGridLineVisible(false);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
}

} // namespace bitext::ui
