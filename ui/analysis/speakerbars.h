#pragma once

#include "ui/analysis/charttheme.h"

#include <QColor>
#include <QHash>
#include <QStringList>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>

namespace bitext::ui {

// What the two bar charts of speakers share: a bar set per speaker in the speaker's
// colour, and categories (codes, documents) listed from the top down.
class SpeakerBars
{
public:
    // A set named after the speaker, in their colour: the library's, else the speaker
    // palette's colour of their position, grey for text without a speaker (id 0).
    static QBarSet *create(
        const QString &name, qint64 speakerId, int index, const QHash<qint64, QColor> &colors, const ChartTheme &theme);
    // The categories on the left, the first at the top (a category axis draws its first
    // at the bottom, so the series' values run bottom-up too), elided to stay readable.
    static void addCategoryAxis(
        QChart *chart, QAbstractBarSeries *series, const QStringList &topDown, const ChartTheme &theme);
};

} // namespace bitext::ui
