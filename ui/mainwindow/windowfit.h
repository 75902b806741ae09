#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>

class QDockWidget;
class QMainWindow;

namespace bitext::ui {

class ReaderView;

// Fits the window to small screens. Its first size comes from the screen's available
// geometry; whenever it is made narrower, the reader keeps a readable measure before the
// side panels keep their width: they shrink to a usable width, then the right-hand ones
// hide (View › Panels brings them back), and they come back when the window is wide again.
class WindowFit : public QObject
{
    Q_OBJECT

public:
    WindowFit(QMainWindow *window, ReaderView *reader);

    // The preferred size, or what the screen has room for with the window's frame, centred.
    static QRect initialGeometry(const QRect &available, const QSize &preferred);
    // Shows the panels hidden for room (before the layout is saved: a larger screen next
    // time should have them).
    void showHiddenPanels();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();
    void fit();
    int readerDeficit() const;
    struct Column
    {
        QList<QDockWidget *> docks;
        int width = 0;
        int minimum = 0;
        int slack() const { return qMax(0, width - minimum); }
    };

    QList<QDockWidget *> sideDocks(Qt::DockWidgetArea area) const;
    int usableWidth(QDockWidget *dock) const;
    Column column(Qt::DockWidgetArea area) const;
    // Narrows an area's column by up to `wanted` pixels; returns how many it gave.
    int shrink(Qt::DockWidgetArea area, int wanted);

    QMainWindow *m_window;
    ReaderView *m_reader;
    QList<QPointer<QDockWidget>> m_hidden; // the right-hand column, hidden for room
    int m_hiddenWidth = 0; // and the width it had
    int m_lastWidth = 0;
    bool m_scheduled = false;
};

} // namespace bitext::ui
