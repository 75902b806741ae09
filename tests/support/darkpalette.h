#pragma once

#include <QPalette>

namespace bitext::test {

// A dark palette like a desktop's dark theme, for screenshots that check the app reads
// well on dark bases (offscreen there is no desktop theme to switch).
QPalette darkPalette();

} // namespace bitext::test
