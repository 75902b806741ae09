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

int WindowFit::shrink(Qt::DockWidgetArea area, int wanted)
{
    // Docks of one area stand in one column (stacked or tabbed): they share its width.
    const QList<QDockWidget *> docks = sideDocks(area);
    if (docks.isEmpty() || wanted <= 0)
        return 0;
    int width = 0;
    int minimum = 0;
    for (QDockWidget *dock : docks) {
        width = qMax(width, dock->width());
        minimum = qMax(minimum, usableWidth(dock));
    }
    const int taken = qBound(0, width - minimum, wanted);
    if (taken > 0)
        m_window->resizeDocks({docks.first()}, {width - taken}, Qt::Horizontal);
    return taken;
}

void WindowFit::fit()
{
    const int width = m_window->width();
    const bool narrower = width < m_lastWidth || m_lastWidth == 0;
    m_lastWidth = width;
    int deficit = readerDeficit();
    if (deficit > 0 && narrower) {
        // The annotations and search panels give first, then the library column.
        deficit -= shrink(Qt::RightDockWidgetArea, deficit);
        deficit -= shrink(Qt::LeftDockWidgetArea, deficit);
        const QList<QDockWidget *> right = sideDocks(Qt::RightDockWidgetArea);
        if (deficit > 0 && !right.isEmpty()) {
            for (QDockWidget *dock : right) {
                m_hidden << dock;
                m_hiddenWidths << dock->width();
                dock->hide();
            }
        }
        return;
    }
    // Room again: the panels hidden for it come back, as wide as they were.
    int surplus = -deficit;
    for (int i = 0; i < m_hidden.size(); ++i) {
        QDockWidget *dock = m_hidden.at(i);
        if (!dock || !dock->isHidden() || surplus < m_hiddenWidths.at(i))
            continue;
        dock->show();
        m_window->resizeDocks({dock}, {m_hiddenWidths.at(i)}, Qt::Horizontal);
        surplus -= m_hiddenWidths.at(i);
        m_hidden[i] = nullptr;
    }
    for (int i = int(m_hidden.size()) - 1; i >= 0; --i) {
        if (!m_hidden.at(i) || !m_hidden.at(i)->isHidden()) {
            m_hidden.removeAt(i);
            m_hiddenWidths.removeAt(i);
        }
    }
}

void WindowFit::showHiddenPanels()
{
    for (QDockWidget *dock : std::as_const(m_hidden)) {
        if (dock)
            dock->show();
    }
    m_hidden.clear();
    m_hiddenWidths.clear();
}

} // namespace bitext::ui
