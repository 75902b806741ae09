#include "ui/common/focuschain.h"

#include <QWidget>

namespace bitext::ui {

QList<QWidget *> tabStops(QWidget *container)
{
    QList<QWidget *> stops;
    if (!container)
        return stops;
    // The focus chain is one ring through the whole window; a container's widgets are
    // the ones on it below the container, wherever they sit.
    for (QWidget *w = container->nextInFocusChain(); w && w != container; w = w->nextInFocusChain()) {
        if (container->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && !stops.contains(w))
            stops << w;
    }
    return stops;
}

void chainTabOrder(const QList<QWidget *> &widgets)
{
    for (int i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

} // namespace bitext::ui
