#include "ui/reader/rowoffsets.h"

namespace bitext::ui {

void RowOffsets::reset(const QVector<int> &heights)
{
    m_heights = heights;
    const int n = int(heights.size());
    m_tree.fill(0, n + 1);
    m_total = 0;
    // Linear-time construction: each node passes its sum to its parent.
    for (int i = 1; i <= n; ++i) {
        m_tree[i] += heights.at(i - 1);
        m_total += heights.at(i - 1);
        const int parent = i + (i & -i);
        if (parent <= n)
            m_tree[parent] += m_tree.at(i);
    }
}

void RowOffsets::setHeight(int row, int height)
{
    const int delta = height - m_heights.at(row);
    if (delta == 0)
        return;
    m_heights[row] = height;
    m_total += delta;
    for (int i = row + 1; i < m_tree.size(); i += i & -i)
        m_tree[i] += delta;
}

int RowOffsets::top(int row) const
{
    int sum = 0;
    for (int i = qMin(row, count()); i > 0; i -= i & -i)
        sum += m_tree.at(i);
    return sum;
}

int RowOffsets::rowAt(int y) const
{
    const int n = count();
    if (n == 0)
        return -1;
    if (y <= 0)
        return 0;
    // Descend the tree: the largest prefix whose sum stays <= y.
    int pos = 0;
    int mask = 1;
    while (mask * 2 <= n)
        mask *= 2;
    for (; mask > 0; mask /= 2) {
        const int next = pos + mask;
        if (next <= n && m_tree.at(next) <= y) {
            pos = next;
            y -= m_tree.at(next);
        }
    }
    return qMin(pos, n - 1);
}

} // namespace bitext::ui
