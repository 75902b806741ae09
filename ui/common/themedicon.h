#pragma once

#include <QIcon>

class QColor;

namespace bitext::ui {

// The desktop icon theme's icon `name`, or where the theme has none (no theme installed,
// or one without it) Bitext's own line icon of that name (resources/icons/actions),
// drawn in the palette's text colour so it reads on light and dark palettes alike.
QIcon themedIcon(const QString &name);

// The Highlight action's icon: a marker over a bar in the colour it highlights with.
QIcon highlighterIcon(const QColor &color);

} // namespace bitext::ui
