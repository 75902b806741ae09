#include "ui/common/combowidth.h"

#include <QComboBox>
#include <QFontMetrics>

#include <algorithm>

namespace bitext::ui {

void fitComboToEntry(QComboBox *combo, int index, int atLeast)
{
    // Contents length counts average characters; a Chinese character is about two, so
    // the length is measured from the text rather than counted.
    const QFontMetrics metrics = combo->fontMetrics();
    const int length = metrics.horizontalAdvance(combo->itemText(index)) / std::max(1, metrics.averageCharWidth()) + 2;
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(std::max(atLeast, length));
}

} // namespace bitext::ui
