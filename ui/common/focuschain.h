#pragma once

#include <QList>

class QWidget;

namespace bitext::ui {

// The widgets inside `container` that Tab stops at, in the window's present tab order.
QList<QWidget *> tabStops(QWidget *container);
// Puts the widgets one after another in their window's tab order (Tab goes from each to
// the next), leaving every other widget where it was.
void chainTabOrder(const QList<QWidget *> &widgets);

} // namespace bitext::ui
