#include "tests/support/layoutcheck.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionTab>
#include <QTabBar>

namespace bitext::test {

namespace {

// Where a widget is: its class, name or text, and the names of its parents.
QString describe(const QWidget *widget, const QString &text = QString())
{
    QString where;
    for (const QWidget *w = widget->parentWidget(); w && !w->isWindow(); w = w->parentWidget()) {
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")))
            where = where.isEmpty() ? w->objectName() : w->objectName() + QLatin1Char('/') + where;
    }
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += QLatin1Char(' ') + widget->objectName();
    if (!text.isEmpty())
        name += QStringLiteral(" \"") + text + QLatin1Char('"');
    return where.isEmpty() ? name : name + QStringLiteral(" in ") + where;
}

QString tooSmall(const QString &what, const QSize &has, const QSize &needs)
{
    // what is appended, not an argument: a text with "%1" in it must stay as it is.
    return what
        + QStringLiteral(": %1×%2 px, needs %3×%4")
              .arg(has.width())
              .arg(has.height())
              .arg(needs.width())
              .arg(needs.height());
}

// Text as drawn: a mnemonic's & is not shown, && is one &.
QString shownText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

int textWidth(const QFontMetrics &metrics, const QString &text)
{
    int width = 0;
    const QStringList lines = shownText(text).split(QLatin1Char('\n'));
    for (const QString &line : lines)
        width = qMax(width, metrics.horizontalAdvance(line));
    return width;
}

// Inside a scroll area's viewport a widget may lie outside the window: scrolling shows it.
bool scrolls(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w && !w->isWindow(); w = w->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget())) {
            if (area->viewport() == w)
                return true;
        }
    }
    return false;
}

void checkLabel(const QLabel *label, QStringList &problems)
{
    if (label->text().isEmpty())
        return;
    const QSize has = label->size();
    if (label->wordWrap()) {
        const int height = label->heightForWidth(has.width());
        if (height > has.height())
            problems << tooSmall(
                describe(label, label->text()) + QStringLiteral(" (wrapped)"), has, QSize(has.width(), height));
        return;
    }
    const QSize needs = label->minimumSizeHint();
    if (has.width() < needs.width() || has.height() < needs.height())
        problems << tooSmall(describe(label, label->text()), has, needs);
}

void checkButton(const QAbstractButton *button, QStringList &problems)
{
    if (button->text().isEmpty())
        return;
    // A button's minimum size hint is its text, icon, indicator and the style's margins;
    // a layout never gives it less unless the window is too small for the layout.
    const QSize needs = button->minimumSizeHint();
    const QSize has = button->size();
    if (has.width() < needs.width() || has.height() < needs.height())
        problems << tooSmall(describe(button, button->text()), has, needs);
}

void checkGroupBox(const QGroupBox *box, QStringList &problems)
{
    if (box->title().isEmpty())
        return;
    // Its minimum size hint holds the title (and the check box of a checkable box).
    const QSize needs = box->minimumSizeHint();
    if (box->width() < needs.width())
        problems << tooSmall(describe(box, box->title()) + QStringLiteral(" (title or contents)"), box->size(), needs);
}

void checkTabBar(const QTabBar *bar, QStringList &problems)
{
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i))
            continue;
        const QString text = bar->tabText(i);
        const QRect rect = bar->tabRect(i);
        const QString what = describe(bar, text) + QStringLiteral(" (tab)");
        if (!bar->rect().contains(rect)) {
            problems << what + QStringLiteral(": outside the tab bar (scrolled away)");
            continue;
        }
        // What QTabBar asks for a tab: text, icon and the style's tab margins.
        QStyleOptionTab option;
        option.initFrom(bar);
        option.shape = bar->shape();
        option.text = text;
        option.icon = bar->tabIcon(i);
        option.iconSize = bar->iconSize();
        const int hframe = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, &option, bar);
        int needs = textWidth(bar->fontMetrics(), text) + hframe;
        if (!option.icon.isNull())
            needs += bar->iconSize().width() + 4;
        for (const QTabBar::ButtonPosition side : {QTabBar::LeftSide, QTabBar::RightSide}) {
            if (const QWidget *button = bar->tabButton(i, side))
                needs += button->sizeHint().width() + 4;
        }
        const bool vertical = bar->shape() == QTabBar::RoundedWest || bar->shape() == QTabBar::RoundedEast
            || bar->shape() == QTabBar::TriangularWest || bar->shape() == QTabBar::TriangularEast;
        const int has = vertical ? rect.height() : rect.width();
        if (has < needs)
            problems << what + QStringLiteral(": %1 px, needs %2").arg(has).arg(needs);
    }
}

void checkComboBox(const QComboBox *combo, QStringList &problems)
{
    if (combo->isEditable() || combo->currentText().isEmpty())
        return;
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.currentText = combo->currentText();
    option.currentIcon = combo->itemIcon(combo->currentIndex());
    option.iconSize = combo->iconSize();
    option.frame = combo->hasFrame();
    // The text field the style draws it in, for the combo box's real size.
    option.rect = combo->rect();
    const QRect field
        = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    int needs = combo->fontMetrics().horizontalAdvance(combo->currentText());
    if (!option.currentIcon.isNull())
        needs += combo->iconSize().width() + 4;
    // One pixel of slack: Qt 5 sizes a combo box's field from the text's bounding box,
    // which can be a pixel under its advance (the space after the last glyph).
    if (field.width() + 1 < needs)
        problems << describe(combo, combo->currentText())
                + QStringLiteral(": text field %1 px, needs %2").arg(field.width()).arg(needs);
}

void checkMenuBar(const QMenuBar *bar, QStringList &problems)
{
    const QList<QAction *> actions = bar->actions();
    for (QAction *action : actions) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        const QRect rect = bar->actionGeometry(action);
        // A menu that no longer fits goes into the extension (») and has no place here.
        if (rect.isEmpty() || !bar->rect().contains(rect)) {
            problems << describe(bar, action->text()) + QStringLiteral(": the menu does not fit in the menu bar");
            continue;
        }
        const int needs = textWidth(bar->fontMetrics(), action->text());
        if (rect.width() < needs)
            problems << describe(bar, action->text())
                    + QStringLiteral(": %1 px, needs %2").arg(rect.width()).arg(needs);
    }
}

void checkDockTitle(const QDockWidget *dock, QStringList &problems)
{
    if (dock->titleBarWidget() || dock->windowTitle().isEmpty())
        return;
    // The title is drawn from the left margin to the first title button (float, close),
    // elided when it is longer.
    const int margin = dock->style()->pixelMetric(QStyle::PM_DockWidgetTitleMargin, nullptr, dock);
    int right = dock->width() - margin;
    const QList<QAbstractButton *> buttons
        = dock->findChildren<QAbstractButton *>(QString(), Qt::FindDirectChildrenOnly);
    for (const QAbstractButton *button : buttons) {
        if (button->isVisible() && button->objectName().startsWith(QLatin1String("qt_dockwidget_")))
            right = qMin(right, button->x());
    }
    const QFont font = dock->font();
    const int has = right - 2 * margin;
    const int needs = textWidth(QFontMetrics(font), dock->windowTitle());
    if (has < needs)
        problems << describe(dock, dock->windowTitle())
                + QStringLiteral(" (title): %1 px, needs %2").arg(has).arg(needs);
}

} // namespace

QStringList layoutProblems(QWidget *window)
{
    QStringList problems;
    const QRect bounds = window->rect();
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (!bounds.contains(inWindow) && !scrolls(widget) && !widget->size().isEmpty())
            problems << describe(widget)
                    + QStringLiteral(": lies partly outside the window (%1,%2 %3×%4 in %5×%6)")
                          .arg(inWindow.x())
                          .arg(inWindow.y())
                          .arg(inWindow.width())
                          .arg(inWindow.height())
                          .arg(bounds.width())
                          .arg(bounds.height());
        if (const auto *label = qobject_cast<QLabel *>(widget))
            checkLabel(label, problems);
        else if (const auto *button = qobject_cast<QAbstractButton *>(widget))
            checkButton(button, problems);
        else if (const auto *box = qobject_cast<QGroupBox *>(widget))
            checkGroupBox(box, problems);
        else if (const auto *bar = qobject_cast<QTabBar *>(widget))
            checkTabBar(bar, problems);
        else if (const auto *combo = qobject_cast<QComboBox *>(widget))
            checkComboBox(combo, problems);
        else if (const auto *menuBar = qobject_cast<QMenuBar *>(widget))
            checkMenuBar(menuBar, problems);
        else if (const auto *dock = qobject_cast<QDockWidget *>(widget))
            checkDockTitle(dock, problems);
    }
    return problems;
}

QString saveScreenshot(QWidget *window, const QString &name, const QString &language)
{
    const QString dir = qEnvironmentVariable("BITEXT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return QString();
    QDir().mkpath(dir);
    const QString path
        = QStringLiteral("%1/%2-%3-%4x%5.png").arg(dir, name, language).arg(window->width()).arg(window->height());
    return window->grab().save(path) ? path : QString();
}

} // namespace bitext::test
