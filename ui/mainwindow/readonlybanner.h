#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QActionGroup;
class QLabel;

namespace bitext {
class Library;
}

namespace bitext::ui {

// The strip over the window's pages that says the open library is read-only and why,
// and the one switch of every editing action: the actions sit in a group that is
// disabled while the library is read-only, so each feature keeps its own enabling
// logic (an action of a disabled group stays disabled whatever it is set to). A write
// that comes another way is still refused by the library with the same reason.
class ReadOnlyBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReadOnlyBanner(QWidget *parent = nullptr);

    // Actions that change the library (highlight, tag, note, import, rename, delete…).
    void addEditActions(const QList<QAction *> &actions);
    // Shows the banner and disables the actions for a read-only library; hides and
    // enables them otherwise (nullptr: no library).
    void setLibrary(Library *library);
    bool readOnly() const { return !m_reason.isEmpty(); }
    // What the banner says (empty while the library is writable).
    QString message() const;

private:
    void retranslate();

    QLabel *m_label;
    QActionGroup *m_edits;
    QString m_reason;
};

} // namespace bitext::ui
