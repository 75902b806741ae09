#include "ui/mainwindow/windowfit.h"

#include "ui/reader/readerview.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <algorithm>

namespace bitext::ui {

namespace {

// What the window manager adds around the window (title bar, borders), as a guess made
// before the window is shown.
const QMargins kFrame(4, 32, 4, 4);

} // namespace

WindowFit::WindowFit(QMainWindow *window, ReaderView *reader)
    : QObject(window)
    , m_window(window)
    , m_reader(reader)
{
    m_window->installEventFilter(this);
}

QRect WindowFit::initialGeometry(const QRect &available, const QSize &preferred)
{
    const QRect usable = available.marginsRemoved(kFrame);
    QRect geometry(QPoint(0, 0), preferred.boundedTo(usable.size()));
    geometry.moveCenter(usable.center());
    return geometry;
}

bool WindowFit::eventFilter(QObject *watched, QEvent *event)
{
    // Before the window lays itself out: fit afterwards.
    if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        schedule();
    return QObject::eventFilter(watched, event);
}

void WindowFit::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        fit();
    });
}

int WindowFit::readerDeficit() const
{
    return m_reader->readableWidth() - m_window->centralWidget()->width();
}

QList<QDockWidget *> WindowFit::sideDocks(Qt::DockWidgetArea area) const
{
    // Shown ones, with the tabs behind them (hiding only the front tab would bring the
    // next one forward).
    QList<QDockWidget *> docks;
    const QList<QDockWidget *> all = m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QDockWidget *dock : all) {
        if (dock->isFloating() || m_window->dockWidgetArea(dock) != area)
            continue;
        const QList<QDockWidget *> tabs = m_window->tabifiedDockWidgets(dock);
        if (dock->isVisible() || std::any_of(tabs.begin(), tabs.end(), [](QDockWidget *d) { return d->isVisible(); }))
            docks << dock;
    }
    return docks;
}

int WindowFit::usableWidth(QDockWidget *dock) const
{
    // Narrower than about 26 characters a panel's lists and filters stop being useful.
    return qMax(dock->minimumSizeHint().width(), dock->fontMetrics().averageCharWidth() * 26);
}

WindowFit::Column WindowFit::column(Qt::DockWidgetArea area) const
{
    // Docks of one area stand in one column (stacked or tabbed): they share its width.
    Column column;
    column.docks = sideDocks(area);
    for (QDockWidget *dock : std::as_const(column.docks)) {
        column.width = qMax(column.width, dock->width());
        column.minimum = qMax(column.minimum, usableWidth(dock));
    }
    return column;
}

int WindowFit::shrink(Qt::DockWidgetArea area, int wanted)
{
    const Column docks = column(area);
    const int taken = qMin(docks.slack(), qMax(0, wanted));
    if (taken > 0)
        m_window->resizeDocks({docks.docks.first()}, {docks.width - taken}, Qt::Horizontal);
    return taken;
}

void WindowFit::fit()
{
    const int width = m_window->width();
    const bool narrower = width < m_lastWidth || m_lastWidth == 0;
    m_lastWidth = width;
    int deficit = readerDeficit();
    if (deficit > 0 && narrower) {
        // The annotations and search panels give first, then the library column; when
        // shrinking both cannot make room, the right-hand column hides rather than
        // leaving the library too narrow to read its titles.
        const Column right = column(Qt::RightDockWidgetArea);
        if (!right.docks.isEmpty() && deficit > right.slack() + column(Qt::LeftDockWidgetArea).slack()) {
            for (QDockWidget *dock : right.docks) {
                m_hidden << dock;
                dock->hide();
            }
            m_hiddenWidth = right.width;
            deficit -= right.width;
        }
        deficit -= shrink(Qt::RightDockWidgetArea, deficit);
        shrink(Qt::LeftDockWidgetArea, deficit);
        return;
    }
    // Room again: the column hidden for it comes back, as wide as it was (tabs stay tabs).
    if (!m_hidden.isEmpty() && -deficit >= m_hiddenWidth) {
        QDockWidget *first = nullptr;
        for (QDockWidget *dock : std::as_const(m_hidden)) {
            if (dock && dock->isHidden()) {
                dock->show();
                first = first ? first : dock;
            }
        }
        if (first)
            m_window->resizeDocks({first}, {m_hiddenWidth}, Qt::Horizontal);
        m_hidden.clear();
    }
}

void WindowFit::showHiddenPanels()
{
    for (QDockWidget *dock : std::as_const(m_hidden)) {
        if (dock)
            dock->show();
    }
    m_hidden.clear();
}

} // namespace bitext::ui
