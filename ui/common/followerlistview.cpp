#include "ui/common/followerlistview.h"

namespace bitext::ui {

void FollowerListView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (hasFocus())
        QListView::currentChanged(current, previous);
    else
        QAbstractItemView::currentChanged(current, previous); // all but QListView's focus event
}

} // namespace bitext::ui
