#pragma once

#include <QString>

namespace bitext {

// Terminal columns a string occupies: East Asian wide and full-width characters
// take two (ICU's East_Asian_Width), combining marks none. Used to align tables.
int displayWidth(const QString &text);
// Pads (or cuts, with an ellipsis) text to exactly `columns` display columns.
QString fitToWidth(const QString &text, int columns);

} // namespace bitext
