#include "ui/common/accessiblechildren.h"

namespace bitext::ui {

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
