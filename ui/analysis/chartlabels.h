#pragma once

#include <QFont>
#include <QStringList>

namespace bitext::ui {

// Category labels for the Analysis charts' axes.
namespace ChartLabels {

// Each label elided in the middle to maxWidth pixels of font (a code path keeps its
// root and its leaf: "Values/…/Honesty"), and made distinct: Qt Charts' category axes
// refuse a label they already have, so a repeated one gets invisible zero-width spaces.
QStringList axisLabels(const QStringList &labels, const QFont &font, int maxWidth);

} // namespace ChartLabels

} // namespace bitext::ui
