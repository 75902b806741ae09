#pragma once

#include <QStyle>

class QFrame;
class QLabel;

namespace bitext::ui {

// Makes a frame look like the window's notice strips (read-only library, missing media
// file): the tool-tip colours over the page, and returns a label holding the style's icon
// for the layout's first place.
QLabel *makeNoticeStrip(QFrame *frame, QStyle::StandardPixmap icon);

} // namespace bitext::ui
