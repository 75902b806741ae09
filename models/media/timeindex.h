#pragma once

#include "models/domain/segment.h"

#include <QList>
#include <QVector>

#include <optional>

namespace bitext {

// Which segment is being spoken at a media position (follow-along): the timed segments'
// starts in row order, searched by bisection so that an update costs O(log n) however long
// the transcript is.
class TimeIndex
{
public:
    // The segments in row order (row = ordinal); those without a start are skipped.
    void reset(const QList<Segment> &segments);
    // The segment being spoken: the last timed row starting at or before positionMs and
    // not yet ended; -1 for none (before the first, in a gap, or no times at all).
    int rowAt(qint64 positionMs) const;
    // A row's start, none when it has no time.
    std::optional<qint64> startOf(int row) const;

private:
    struct Entry
    {
        qint64 startMs = 0;
        qint64 endMs = -1; // -1: until the next start
        int row = 0;
    };
    QVector<Entry> m_entries; // sorted by startMs
    QVector<qint64> m_startByRow; // -1 for untimed rows
};

} // namespace bitext
