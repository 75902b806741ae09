#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace bitext::test {

// "Nothing cut off": walks the visible widgets of a top-level window and names every
// text narrower than it needs to be shown whole: a label without word wrap (or a wrapped
// one lower than its lines), a button, check box or radio button, a group box title, a
// tab of a tab bar, a combo box's current text, an item of the menu bar and a dock's
// title. Elided text counts as cut off. Widgets lying partly outside the window (other
// than inside a scroll area, which scrolls to them) are named too. Empty when all fits.
// Translations are longer or shorter than English; run it on each language.
QStringList layoutProblems(QWidget *window);

// When BITEXT_SCREENSHOT_DIR is set, saves the window as NAME-LANG-WxH.png there (the
// window's own size), so the layouts of every language can be looked at; returns the
// path written, or an empty string.
QString saveScreenshot(QWidget *window, const QString &name, const QString &language);

} // namespace bitext::test
