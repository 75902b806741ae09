#pragma once

#include <QIcon>

class QColor;

namespace bitext::ui {

// A rounded colour square with a darker rim (so a pale colour still shows on a pale
// background): the icon of a tag, highlight colour or speaker in lists and menus.
QIcon colorSwatch(const QColor &color, int size = 12);

} // namespace bitext::ui
