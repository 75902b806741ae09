#pragma once

#include <QListView>

namespace bitext::ui {

// A list whose current item follows another view (the speaker list follows the reader's
// current segment). QListView tells screen readers its current item has the focus even
// when the keyboard is elsewhere (seen with Qt 6.4), which pulls a screen reader away from
// the view the user is moving through; this one does so only while it has the focus.
class FollowerListView : public QListView
{
    Q_OBJECT

public:
    using QListView::QListView;

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
};

} // namespace bitext::ui
