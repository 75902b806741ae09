#pragma once

#include "ui/common/accessibleleaf.h"

namespace bitext::ui {

class ReaderPane;

// A column header of the reader's accessible table (Speaker, Chinese, English, Time). Not
// painted and not one of the table's children: screen readers reach it through a cell's
// column header, and announce it as the user moves from column to column.
class ReaderHeaderAccessible : public AccessibleLeaf
{
public:
    ReaderHeaderAccessible(ReaderPane *pane, int column);

    QString text(QAccessible::Text t) const override;
    QRect rect() const override { return {}; }
    QAccessible::Role role() const override { return QAccessible::ColumnHeader; }
    QAccessible::State state() const override;

private:
    int m_column;
};

} // namespace bitext::ui
