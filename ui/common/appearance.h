#pragma once

#include "models/core/preferences.h"

#include <QPalette>

namespace bitext::ui {

// The application's look from Preferences › Appearance: the system's style and palette,
// or light or dark. Where the platform's own palette is not of the kind asked for, the
// Fusion style with a palette of that kind stands in (Fusion draws every colour from the
// palette, so dark stays dark). Going back to System restores the style and palette the
// application started with.
class Appearance
{
public:
    // Applies the preference now and again whenever it changes (once per application).
    static void install();
    static void apply(Preferences::Appearance appearance);
    static QPalette darkPalette();
    static bool isDark(const QPalette &palette);
};

} // namespace bitext::ui
