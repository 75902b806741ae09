#pragma once

class QMenu;

namespace bitext::ui {

class MainWindow;
class MediaController;
class QuotePlayback;
class TapTimingController;

// What timing adds to a window with a player: Timing Mode's actions (in `menu`, and on
// the reader's keys), Play Quote and Loop Quote, and the window's attach feature opening
// in `player` a file attached, located or detached while its document shows.
struct TimingTools
{
    TapTimingController *tapping = nullptr;
    QuotePlayback *quotes = nullptr;

    static TimingTools install(MainWindow *window, MediaController *player, QMenu *menu = nullptr);
};

} // namespace bitext::ui
