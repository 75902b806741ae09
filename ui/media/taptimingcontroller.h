#pragma once

#include <QObject>

class QAction;

namespace bitext::ui {

class MainWindow;
class MediaController;

// Timing an untimed transcript while listening (ELAN's segmentation mode): with Timing
// Mode on, Mark Start (Return) gives the reader's current segment the player's position
// as its start and moves on to the next segment; Earlier / Later (Alt+Left, Alt+Right)
// move the last mark by 100 ms. Each mark and nudge is an undoable command, stored at once.
class TapTimingController : public QObject
{
    Q_OBJECT

public:
    TapTimingController(MainWindow *window, MediaController *player);

    QAction *timingModeAction() const { return m_mode; }
    QAction *markAction() const { return m_mark; }
    QAction *earlierAction() const { return m_earlier; }
    QAction *laterAction() const { return m_later; }

    // The reader's current segment starts at the player's position; the reader moves to
    // the next segment. False (with a message in the status bar) when it cannot.
    bool markStart();
    // Moves the start of the segment last marked by deltaMs (see nudgeTarget()).
    bool nudge(qint64 deltaMs);
    // What a nudge moves: the current segment when it has a start, else the one before
    // it (the mark just made, since marking moved on); -1 for none.
    int nudgeTarget() const;

private:
    void updateActions();
    void fail(const QString &message);

    MainWindow *m_window;
    MediaController *m_player;
    QAction *m_mode;
    QAction *m_mark;
    QAction *m_earlier;
    QAction *m_later;
};

} // namespace bitext::ui
