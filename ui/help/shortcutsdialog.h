#pragma once

#include <QDialog>

class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace bitext::ui {

// Help › Keyboard Shortcuts: every shortcut of the window, read from its menus and
// actions each time the dialog opens, so the list is never out of date.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    void populate(QMainWindow *window);
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace bitext::ui
