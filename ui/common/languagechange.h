#pragma once

#include <functional>

class QObject;

namespace bitext::ui {

// Calls `retranslate` now and again each time the interface language changes (Preferences
// installs other translators; QCoreApplication then sends LanguageChange to itself, and
// QApplication passes it on to every widget). One pattern for widgets, actions owned by
// controllers and anything else that shows tr() text: set every text in `retranslate`,
// never only in a constructor. The watch ends when `owner` is destroyed.
void onLanguageChange(QObject *owner, std::function<void()> retranslate);

} // namespace bitext::ui
