#include "ui/annotate/highlightpointer.h"

#include "ui/annotate/highlightdecorator.h"
#include "ui/reader/readerview.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>

namespace bitext::ui {

HighlightPointer::HighlightPointer(ReaderView *reader, HighlightDecorator *decorator, QObject *parent)
    : QObject(parent), m_decorator(decorator)
{
    const QList<ReaderPane *> panes = reader->findChildren<ReaderPane *>();
    for (ReaderPane *pane : panes)
        pane->viewport()->installEventFilter(this);
}

bool HighlightPointer::eventFilter(QObject *watched, QEvent *event)
{
    // Seen before the pane handles it; a drag that selected text is no pointing.
    QPoint pos;
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseButtonRelease && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
        pos = static_cast<QMouseEvent *>(event)->position().toPoint();
#else
        pos = static_cast<QMouseEvent *>(event)->pos();
#endif
    } else if (type == QEvent::ContextMenu && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Mouse) {
        pos = static_cast<QContextMenuEvent *>(event)->pos();
    } else if (type == QEvent::ToolTip) {
        pos = static_cast<QHelpEvent *>(event)->pos();
    } else {
        return QObject::eventFilter(watched, event);
    }
    auto *viewport = qobject_cast<QWidget *>(watched);
    auto *pane = viewport ? qobject_cast<ReaderPane *>(viewport->parentWidget()) : nullptr;
    if (!pane)
        return QObject::eventFilter(watched, event);
    const ReaderHit hit = pane->hitTest(pos);
    const qint64 id = hit.row >= 0 && hit.offset >= 0 ? m_decorator->annotationAt(hit.row, hit.side, hit.offset) : 0;
    if (type == QEvent::ToolTip) {
        const QString text = id && m_toolTip ? m_toolTip(id) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text, viewport);
        return true;
    }
    if (pane->textSelection().normalized().isEmpty())
        emit pointed(id);
    return QObject::eventFilter(watched, event);
}

} // namespace bitext::ui
