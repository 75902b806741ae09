#include "ui/common/treeexpansion.h"

#include <QAbstractItemModel>
#include <QTreeView>

namespace bitext::ui {

void expandNewRows(QTreeView *view)
{
    QAbstractItemModel *model = view->model();
    const auto expand = [view, model](const QModelIndex &parent, int first, int last) {
        view->expand(parent);
        for (int row = first; row <= last; ++row)
            view->expandRecursively(model->index(row, 0, parent));
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, expand);
    // A moved row keeps its own state; the parent it went under opens.
    QObject::connect(model, &QAbstractItemModel::rowsMoved, view,
        [view](const QModelIndex &, int, int, const QModelIndex &destination) { view->expand(destination); });
}

} // namespace bitext::ui
