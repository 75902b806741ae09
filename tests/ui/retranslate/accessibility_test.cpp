// The main window can be used from the keyboard and with a screen reader: every control
// Tab reaches has a name, the keyboard starts in the document (or the library), Tab goes
// library → reader → annotations, and no menu has two entries on the same Alt key.
#include "tests/ui/mainwindow/windowfixture.h"
#include "ui/library/librarypanel.h"
#include "ui/reader/readerview.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTextEdit>

#include <algorithm>
#include <memory>

using namespace bitext;

namespace {

// Input fields need a name of their own: without one a screen reader says their
// content (a combo box's current entry) or nothing at all.
bool needsOwnName(QWidget *w)
{
    return qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
        || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w);
}

bool hasBuddy(QWidget *w)
{
    const QList<QLabel *> labels = w->window()->findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(), [w](QLabel *label) { return label->buddy() == w; });
}

QStringList unnamedControls(QWidget *window)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        // Popups (a combo box's list) are windows of their own, which Tab never enters.
        if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() || !w->isEnabled() || w->window() != window)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        const bool named = needsOwnName(w) ? !w->accessibleName().isEmpty() || hasBuddy(w) : !name.trimmed().isEmpty();
        if (!named)
            unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
    }
    return unnamed;
}

// The Alt keys of a menu's entries: "&File" → 'f'.
QString mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QString();
}

void checkMenu(const QString &name, const QList<QAction *> &actions)
{
    QMap<QString, QStringList> byKey;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString key = mnemonic(action->text());
        if (!key.isEmpty())
            byKey[key] << action->text();
        if (QMenu *sub = action->menu()) {
            INFO("submenu " << action->text().toStdString() << " of " << name.toStdString());
            CHECK_FALSE(key.isEmpty()); // a submenu is opened with its Alt key
            checkMenu(action->text(), sub->actions());
        }
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        INFO("menu " << name.toStdString() << ", Alt+" << it.key().toStdString() << ": "
                     << it.value().join(QStringLiteral(", ")).toStdString());
        CHECK(it.value().size() == 1);
    }
}

} // namespace

TEST_CASE("Every control Tab reaches has an accessible name", "[accessibility]")
{
    test::WindowFixture f;
    f.open(QStringLiteral("001"));
    const QStringList unnamed = unnamedControls(f.window.get());
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
}

TEST_CASE("The keyboard starts in the library list without a document, in the reader with one", "[accessibility]")
{
    test::WindowFixture f;
    QWidget *library = f.window->libraryPanel()->view();
    CHECK(f.window->focusWidget() == library);
    // The focus chooses no document: the user does.
    f.import(QStringLiteral("002"));
    f.reopenWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    CHECK(f.window->libraryPanel()->view()->hasFocus());
    CHECK(f.window->currentDocumentId() == 0);

    f.open(QStringLiteral("001"));
    f.reopenWindow(); // the document comes back open
    REQUIRE(f.window->currentDocumentId() != 0);
    QWidget *focus = f.window->focusWidget();
    REQUIRE(focus);
    CHECK((focus == f.window->reader() || f.window->reader()->isAncestorOf(focus)));
}

TEST_CASE("Tab goes from the library to the reader, then to the annotations", "[accessibility]")
{
    test::WindowFixture f;
    f.open(QStringLiteral("001"));
    QWidget *library = f.window->libraryPanel()->view();
    QWidget *next = library->nextInFocusChain();
    while (next != library && !(next->focusPolicy() & Qt::TabFocus))
        next = next->nextInFocusChain();
    CHECK(f.window->reader()->isAncestorOf(next));

    auto *annotations = f.window->findChild<QDockWidget *>(QStringLiteral("annotationsDock"));
    REQUIRE(annotations);
    // After the reader's panes, the first stop outside the reader is in the annotations.
    QWidget *w = next;
    while (w != library && (f.window->reader()->isAncestorOf(w) || !(w->focusPolicy() & Qt::TabFocus)))
        w = w->nextInFocusChain();
    CHECK(annotations->isAncestorOf(w));
}

TEST_CASE("Every menu opens with its own Alt key and no two entries of a menu share one", "[accessibility]")
{
    test::WindowFixture f;
    f.open(QStringLiteral("001"));
    const QList<QAction *> menus = f.window->menuBar()->actions();
    checkMenu(QStringLiteral("menu bar"), menus);
    for (QAction *menu : menus) {
        INFO("menu " << menu->text().toStdString());
        CHECK_FALSE(mnemonic(menu->text()).isEmpty());
    }
}

TEST_CASE("Context menus have no two entries on the same Alt key", "[accessibility]")
{
    test::WindowFixture f;
    f.open(QStringLiteral("001"));
    ui::ReaderView *reader = f.window->reader();
    const std::unique_ptr<QMenu> menu(reader->createContextMenu(reader->pane(0)));
    checkMenu(QStringLiteral("reader context menu"), menu->actions());
    checkMenu(QStringLiteral("library context menu"), f.window->libraryPanel()->view()->actions());
    auto *speakers = f.window->findChild<QListView *>(QStringLiteral("speakerView"));
    REQUIRE(speakers);
    checkMenu(QStringLiteral("speakers context menu"), speakers->actions());
}
