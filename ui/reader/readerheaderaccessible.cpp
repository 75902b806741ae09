#include "ui/reader/readerheaderaccessible.h"

#include "ui/reader/readeraccessible.h"
#include "ui/reader/readerpane.h"

namespace bitext::ui {

ReaderHeaderAccessible::ReaderHeaderAccessible(ReaderPane *pane, int column)
    : m_pane(pane)
    , m_column(column)
{
}

QAccessibleInterface *ReaderHeaderAccessible::parent() const
{
    return m_pane ? QAccessible::queryAccessibleInterface(m_pane) : nullptr;
}

QString ReaderHeaderAccessible::text(QAccessible::Text t) const
{
    return t == QAccessible::Name ? ReaderAccessible::columnName(m_column) : QString();
}

QAccessible::State ReaderHeaderAccessible::state() const
{
    QAccessible::State s;
    s.readOnly = true;
    s.invalid = !isValid();
    return s;
}

} // namespace bitext::ui
