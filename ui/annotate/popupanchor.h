#pragma once

#include "ui/reader/textrange.h"

#include <QRect>

namespace bitext::ui {

class ReaderView;

// Where a popup about some text of the reader goes next to: the screen rectangle of a
// text range (the lines it covers, as the pane lays them out), clipped to what the pane
// shows. The inverse of ReaderPane::hitTest, through the public ReaderGeometry.
class PopupAnchor
{
public:
    // Null when the range is not on screen.
    static QRect forRange(ReaderView *reader, const TextRange &range);
    // The visible part of a row in the first pane (null when it is not on screen).
    static QRect forRow(ReaderView *reader, int row);
};

} // namespace bitext::ui
