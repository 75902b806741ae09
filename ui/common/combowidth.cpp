#include "ui/common/combowidth.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QStyle>
#include <QStyleOptionComboBox>

#include <algorithm>

namespace bitext::ui {

void fitComboToEntry(QComboBox *combo, int index, int atLeast)
{
    // Longer entries must not widen the box: it is sized from a contents length, not
    // from its entries.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(atLeast);
    // The entry itself, measured, and framed the way the style frames it (arrow, margins):
    // a contents length counts average characters, which a Chinese text or Qt 5's Fusion
    // arrow outgrows.
    const QFontMetrics metrics = combo->fontMetrics();
    QSize contents(metrics.horizontalAdvance(combo->itemText(index)), metrics.height());
    if (!combo->itemIcon(index).isNull())
        contents.rwidth() += combo->iconSize().width() + 4;
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.frame = combo->hasFrame();
    option.currentText = combo->itemText(index);
    option.currentIcon = combo->itemIcon(index);
    option.iconSize = combo->iconSize();
    const QSize needed = combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, combo);
    combo->setMinimumWidth(std::max(needed.width(), combo->minimumSizeHint().width()));
}

} // namespace bitext::ui
