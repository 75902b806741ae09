#include "ui/analysis/chartlabels.h"

#include <QFontMetrics>
#include <QSet>

namespace bitext::ui::ChartLabels {

QStringList axisLabels(const QStringList &labels, const QFont &font, int maxWidth)
{
    const QFontMetrics metrics(font);
    QStringList result;
    QSet<QString> seen;
    for (const QString &label : labels) {
        QString shown = metrics.elidedText(label.isEmpty() ? QStringLiteral("–") : label, Qt::ElideMiddle, maxWidth);
        while (seen.contains(shown))
            shown += QChar(0x200B);
        seen.insert(shown);
        result << shown;
    }
    return result;
}

} // namespace bitext::ui::ChartLabels
