#include "ui/common/accessibleleaf.h"

#include <QWindow>

namespace bitext::ui {

QWindow *AccessibleLeaf::window() const
{
    return m_owner ? m_owner->window()->windowHandle() : nullptr;
}

QAccessibleInterface *AccessibleLeaf::parent() const
{
    return m_owner ? QAccessible::queryAccessibleInterface(m_owner) : nullptr;
}

} // namespace bitext::ui
