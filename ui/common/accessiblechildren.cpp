#include "ui/common/accessiblechildren.h"

#include <QAbstractItemModel>

namespace bitext::ui {

AccessibleChildren::~AccessibleChildren()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        QObject::disconnect(connection);
    clear();
}

void AccessibleChildren::clearOnChanges(const QAbstractItemModel *model, QObject *context, Changes changes)
{
    const auto clearAll = [this] { clear(); };
    m_connections << QObject::connect(model, &QAbstractItemModel::modelReset, context, clearAll)
                  << QObject::connect(model, &QAbstractItemModel::rowsInserted, context, clearAll)
                  << QObject::connect(model, &QAbstractItemModel::rowsRemoved, context, clearAll)
                  << QObject::connect(model, &QAbstractItemModel::rowsMoved, context, clearAll)
                  << QObject::connect(model, &QAbstractItemModel::layoutChanged, context, clearAll);
    if (changes == RowsAndData)
        m_connections << QObject::connect(model, &QAbstractItemModel::dataChanged, context, clearAll);
}

QAccessibleInterface *AccessibleChildren::get(int index, const std::function<QAccessibleInterface *()> &make)
{
    const auto found = m_ids.constFind(index);
    if (found != m_ids.constEnd())
        return QAccessible::accessibleInterface(*found);
    QAccessibleInterface *child = make();
    m_ids.insert(index, QAccessible::registerAccessibleInterface(child));
    return child;
}

void AccessibleChildren::clear()
{
    for (QAccessible::Id id : std::as_const(m_ids))
        QAccessible::deleteAccessibleInterface(id);
    m_ids.clear();
}

} // namespace bitext::ui
