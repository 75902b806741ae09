#include "ui/analysis/codefrequencychart.h"

#include "ui/analysis/speakerbars.h"

#include <QCursor>
#include <QLocale>
#include <QToolTip>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace bitext::ui {

QString CodeFrequencyChart::title()
{
    return tr("Code frequencies by speaker");
}

std::unique_ptr<QChart> CodeFrequencyChart::create(const MatrixTable &table, const QHash<qint64, QColor> &speakerColors,
    const ChartTheme &theme, const Activated &activated)
{
    auto chart = std::make_unique<QChart>();
    theme.applyTo(chart.get());
    chart->setTitle(title());
    const bool coverage = table.measure == MatrixMeasure::Coverage;
    const int rows = table.rowCount();
    if (rows == 0 || table.columnCount() == 0) {
        chart->setTitle(tr("Code frequencies by speaker: no coded quotes for this filter"));
        return chart;
    }
    QAbstractBarSeries *series = nullptr;
    if (coverage)
        series = new QHorizontalBarSeries;
    else
        series = new QHorizontalStackedBarSeries;
    const QStringList codes = table.rowLabels;
    double maximum = 0;
    QVector<double> stacked(rows, 0.0);
    for (int column = 0; column < table.columnCount(); ++column) {
        QBarSet *set = SpeakerBars::create(
            table.columnLabels.at(column), table.columnIds.value(column), column, speakerColors, theme);
        // Bottom to top: the category axis draws its first category at the bottom.
        for (int row = rows - 1; row >= 0; --row) {
            const double value = table.value(row, column) * (coverage ? 100.0 : 1.0);
            set->append(value);
            stacked[row] += value;
            maximum = std::max(maximum, coverage ? value : stacked.at(row));
        }
        const QString speaker = table.columnLabels.at(column);
        QObject::connect(set, &QBarSet::clicked, chart.get(), [activated, rows, column](int index) {
            if (activated)
                activated(rows - 1 - index, column);
        });
        QObject::connect(
            set, &QBarSet::hovered, chart.get(), [set, speaker, rows, codes, coverage](bool on, int index) {
                if (!on) {
                    QToolTip::hideText();
                    return;
                }
                QToolTip::showText(QCursor::pos(),
                    tr("%1 — %2: %3")
                        .arg(speaker, codes.at(rows - 1 - index),
                            coverage ? QLocale().toString(set->at(index), 'f', 1) + QLatin1Char('%')
                                     : QLocale().toString(qRound64(set->at(index)))));
            });
        series->append(set);
    }
    chart->addSeries(series);

    SpeakerBars::addCategoryAxis(chart.get(), series, codes, theme);

    auto *valueAxis = new QValueAxis;
    // Some room after the longest bar, so that it does not end on the frame.
    valueAxis->setRange(0, std::max(maximum * 1.08, coverage ? 1.0 : 4.0));
    if (coverage) {
        valueAxis->setTitleText(tr("Coverage of the speaker's text (%)"));
        valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    } else {
        valueAxis->setTitleText(tr("Quotes"));
        valueAxis->setLabelFormat(QStringLiteral("%d"));
    }
    valueAxis->applyNiceNumbers();
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);

    chart->legend()->setAlignment(Qt::AlignBottom);
    theme.finish(chart.get());
    return chart;
}

} // namespace bitext::ui
