#include "ui/help/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bitext::ui {

namespace {

// "&Import Transcripts…" as the menu shows it, without the mnemonic marker.
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QString shortcutText(const QAction *action)
{
    QStringList keys;
    const QList<QKeySequence> shortcuts = action->shortcuts();
    for (const QKeySequence &key : shortcuts)
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

// The actions of a menu with a shortcut, submenus included (the colour menu of Highlight).
void collect(const QMenu *menu, QList<QAction *> &out, QSet<QAction *> &seen)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->menu())
            collect(action->menu(), out, seen);
        else if (!action->isSeparator() && !action->shortcuts().isEmpty() && !seen.contains(action))
            out << action, seen.insert(action);
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_filter->setPlaceholderText(tr("Filter by action or key…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    populate(window);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    resize(520, 560);
}

void ShortcutsDialog::populate(QMainWindow *window)
{
    QSet<QAction *> seen;
    const auto addGroup = [this](const QString &title, const QList<QAction *> &actions) {
        if (actions.isEmpty())
            return;
        auto *group = new QTreeWidgetItem(m_tree, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        for (const QAction *action : actions)
            new QTreeWidgetItem(group, {plainText(action), shortcutText(action)});
    };
    const QList<QAction *> menus = window->menuBar()->actions();
    for (const QAction *entry : menus) {
        if (!entry->menu())
            continue;
        QList<QAction *> actions;
        collect(entry->menu(), actions, seen);
        addGroup(plainText(entry), actions);
    }
    // Shortcuts that live outside the menus (tool bars, panels, the find bar).
    QList<QAction *> others;
    const QList<QAction *> all = window->findChildren<QAction *>();
    for (QAction *action : all) {
        if (!seen.contains(action) && !action->shortcuts().isEmpty() && !action->text().isEmpty()) {
            seen.insert(action);
            others << action;
        }
    }
    addGroup(tr("Elsewhere"), others);
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
                || item->text(1).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace bitext::ui
