// Help › Keyboard Shortcuts lists the shortcuts of the window's own actions, read when
// it opens: a shortcut added to a menu appears without anyone editing a list.
#include "tests/ui/mainwindow/windowfixture.h"
#include "ui/help/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QTreeWidget>

using namespace bitext;
using namespace bitext::ui;

namespace {

QAction *findAction(QMenu *menu, const QString &text)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

// The shortcut column of the visible row named `action`, empty when there is none.
QString shortcutOf(const QTreeWidget *tree, const QString &action)
{
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (!group->child(i)->isHidden() && !group->isHidden() && group->child(i)->text(0) == action)
                return group->child(i)->text(1);
        }
    }
    return {};
}

int visibleRows(const QTreeWidget *tree)
{
    int rows = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            rows += tree->topLevelItem(g)->child(i)->isHidden() ? 0 : 1;
    }
    return rows;
}

} // namespace

TEST_CASE("Help > Keyboard Shortcuts lists the window's shortcuts, found from its actions", "[help]")
{
    test::WindowFixture f;
    QMenu *help = f.window->menu(MainWindow::Menu::Help);
    QAction *open = findAction(help, QStringLiteral("Keyboard Shortcuts"));
    REQUIRE(open);
    CHECK(open->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Slash));

    // A shortcut added to a menu after start is listed too: nothing is kept by hand.
    auto *added = f.window->menu(MainWindow::Menu::Go)->addAction(QStringLiteral("Probe Action"));
    added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));

    open->trigger();
    auto *dialog = f.window->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    QTreeWidget *tree = dialog->tree();
    CHECK(shortcutOf(tree, QStringLiteral("Import Transcripts…"))
        == QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText));
    CHECK(shortcutOf(tree, QStringLiteral("Zoom In")).contains(QStringLiteral("Ctrl+=")));
    CHECK(shortcutOf(tree, QStringLiteral("Probe Action"))
        == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P).toString(QKeySequence::NativeText));
    CHECK(visibleRows(tree) > 20);

    // The filter narrows the list by action or key.
    dialog->filterEdit()->setText(QStringLiteral("zoom"));
    CHECK(visibleRows(tree) >= 2);
    CHECK(visibleRows(tree) <= 4);
    CHECK(shortcutOf(tree, QStringLiteral("Import Transcripts…")).isEmpty());
    dialog->filterEdit()->setText(QStringLiteral("Ctrl+I"));
    CHECK_FALSE(shortcutOf(tree, QStringLiteral("Import Transcripts…")).isEmpty());
    dialog->close();
}
