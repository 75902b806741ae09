#include "models/media/timeindex.h"

#include <algorithm>

namespace bitext {

void TimeIndex::reset(const QList<Segment> &segments)
{
    m_entries.clear();
    m_startByRow.clear();
    m_entries.reserve(segments.size());
    m_startByRow.reserve(segments.size());
    for (int row = 0; row < segments.size(); ++row) {
        const Segment &s = segments.at(row);
        m_startByRow.append(s.startMs.value_or(-1));
        if (s.startMs)
            m_entries.append({*s.startMs, s.endMs && *s.endMs > *s.startMs ? *s.endMs : -1, row});
    }
    // Tapped times increase with the rows; a source's may not. Stable: equal starts keep
    // row order, and the later row wins (it is the one reached last).
    std::stable_sort(
        m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) { return a.startMs < b.startMs; });
}

int TimeIndex::rowAt(qint64 positionMs) const
{
    // The first entry starting after the position; the one before it is being spoken.
    const auto after = std::upper_bound(
        m_entries.cbegin(), m_entries.cend(), positionMs, [](qint64 ms, const Entry &e) { return ms < e.startMs; });
    if (after == m_entries.cbegin())
        return -1;
    const Entry &e = *(after - 1);
    if (e.endMs >= 0 && positionMs >= e.endMs)
        return -1; // a pause between two segments
    return e.row;
}

std::optional<qint64> TimeIndex::startOf(int row) const
{
    if (row < 0 || row >= m_startByRow.size() || m_startByRow.at(row) < 0)
        return std::nullopt;
    return m_startByRow.at(row);
}

} // namespace bitext
