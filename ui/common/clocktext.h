#pragma once

#include <QString>

namespace bitext::ui {

// A time on the recording as the reader and the timeline show it: "m:ss", or "h:mm:ss"
// from an hour on. Seconds are rounded to the nearest whole second.
QString clockText(double seconds);

} // namespace bitext::ui
