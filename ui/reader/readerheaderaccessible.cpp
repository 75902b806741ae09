#include "ui/reader/readerheaderaccessible.h"

#include "ui/reader/readeraccessible.h"
#include "ui/reader/readerpane.h"

namespace bitext::ui {

ReaderHeaderAccessible::ReaderHeaderAccessible(ReaderPane *pane, int column)
    : AccessibleLeaf(pane)
    , m_column(column)
{
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
