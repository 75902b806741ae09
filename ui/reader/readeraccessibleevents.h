#pragma once

#include <QObject>

class QItemSelection;
class QModelIndex;

namespace bitext::ui {

class ReaderPane;

// Tells screen readers what changes in a reader pane, in the terms of its accessible table
// (ReaderAccessible): the current row as the focused cell, when it changes and when the
// pane gains the focus, so arrow-key moves and tabbing in are read aloud; rows added to or
// removed from the selection; and a new document as a model reset.
// Lives as long as the pane, because events must be sent before any interface exists.
class ReaderAccessibleEvents : public QObject
{
    Q_OBJECT

public:
    explicit ReaderAccessibleEvents(ReaderPane *pane);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void currentRowChanged(const QModelIndex &current);
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected);
    void modelReset();

    ReaderPane *m_pane; // the parent
};

} // namespace bitext::ui
