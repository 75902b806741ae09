#pragma once

#include <QList>

#include <optional>

namespace bitext {

class Library;

// Gives untimed segments their times while someone listens (tap-timing): each write is one
// transaction and hands back the rows as they were, so that it can be undone.
class SegmentTiming
{
public:
    explicit SegmentTiming(Library &library);

    struct Times
    {
        qint64 segmentId = 0;
        std::optional<qint64> startMs, endMs;
    };

    // Sets one segment's start (and the previous segment's end when it had none or ended
    // after it), in one transaction; returns the rows as they were, for undo. Throws Error
    // when the start is not after the previous segment's start.
    QList<Times> setStart(qint64 segmentId, qint64 startMs);
    // Moves a timed segment's start by deltaMs (+-100 ms), same rules.
    QList<Times> nudge(qint64 segmentId, qint64 deltaMs);
    // Puts rows back as setStart() or nudge() returned them (undo).
    void restore(const QList<Times> &times);

private:
    Library &m_library;
};

} // namespace bitext
