#include "ui/analysis/talksharechart.h"

#include "ui/analysis/speakerbars.h"

#include <QCursor>
#include <QLocale>
#include <QToolTip>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalPercentBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace bitext::ui {

QString TalkShareChart::title()
{
    return tr("Talk share by document");
}

std::unique_ptr<QChart> TalkShareChart::create(
    const TalkShareTable &table, const QHash<qint64, QColor> &speakerColors, const ChartTheme &theme)
{
    auto chart = std::make_unique<QChart>();
    theme.applyTo(chart.get());
    chart->setTitle(title());
    const int documents = table.documentCount();
    if (documents == 0) {
        chart->setTitle(tr("Talk share by document: no text for this filter"));
        return chart;
    }
    auto *series = new QHorizontalPercentBarSeries;
    for (int speaker = 0; speaker < table.speakerCount(); ++speaker) {
        const QString name = table.speakerNames.at(speaker);
        QBarSet *set = SpeakerBars::create(name, table.speakerIds.at(speaker), speaker, speakerColors, theme);
        for (int document = documents - 1; document >= 0; --document)
            set->append(table.unitsOf(document, speaker));
        QObject::connect(set, &QBarSet::hovered, chart.get(), [table, name, speaker, documents](bool on, int index) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const int document = documents - 1 - index;
            QToolTip::showText(QCursor::pos(),
                tr("%1 — %2: %3% (%n character(s) or word(s))", nullptr, table.unitsOf(document, speaker))
                    .arg(name, table.documentTitles.at(document),
                        QLocale().toString(table.share(document, speaker) * 100, 'f', 1)));
        });
        series->append(set);
    }
    // A percent series labels each part with its percentage.
    series->setLabelsVisible(true);
    chart->addSeries(series);

    SpeakerBars::addCategoryAxis(chart.get(), series, table.documentTitles, theme);

    auto *shareAxis = new QValueAxis;
    shareAxis->setRange(0, 100);
    shareAxis->setTickCount(6);
    shareAxis->setLabelFormat(QStringLiteral("%d%%"));
    shareAxis->setTitleText(tr("Share of the document's text (Chinese characters and English words)"));
    chart->addAxis(shareAxis, Qt::AlignBottom);
    series->attachAxis(shareAxis);

    chart->legend()->setAlignment(Qt::AlignBottom);
    theme.finish(chart.get());
    return chart;
}

} // namespace bitext::ui
