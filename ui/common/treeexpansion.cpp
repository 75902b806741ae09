#include "ui/common/treeexpansion.h"

#include <QAbstractItemModel>
#include <QTreeView>

namespace bitext::ui {

void expandNewRows(QTreeView *view)
{
    QAbstractItemModel *model = view->model();
    // A parent opens for its first children only: one the user closed stays closed.
    const auto openIfFirst = [view, model](const QModelIndex &parent, int count) {
        if (parent.isValid() && model->rowCount(parent) == count)
            view->expand(parent);
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view,
        [view, model, openIfFirst](const QModelIndex &parent, int first, int last) {
            openIfFirst(parent, last - first + 1);
            for (int row = first; row <= last; ++row)
                view->expandRecursively(model->index(row, 0, parent));
        });
    // A moved row keeps its own state.
    QObject::connect(model, &QAbstractItemModel::rowsMoved, view,
        [openIfFirst](const QModelIndex &, int first, int last, const QModelIndex &destination) {
            openIfFirst(destination, last - first + 1);
        });
}

} // namespace bitext::ui
