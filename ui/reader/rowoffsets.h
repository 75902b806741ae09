#pragma once

#include <QVector>

namespace bitext::ui {

// Row heights with O(log n) prefix sums (a Fenwick tree): the reader changes single
// heights as it measures rows lazily, and needs "top of row i" and "row at y" at once.
class RowOffsets
{
public:
    void reset(const QVector<int> &heights);
    int count() const { return int(m_heights.size()); }
    int height(int row) const { return m_heights.at(row); }
    void setHeight(int row, int height);
    // Sum of the heights of rows before `row`.
    int top(int row) const;
    int total() const { return m_total; }
    // The row covering y (clamped to the rows).
    int rowAt(int y) const;

private:
    QVector<int> m_heights;
    QVector<int> m_tree; // 1-based Fenwick tree
    int m_total = 0;
};

} // namespace bitext::ui
