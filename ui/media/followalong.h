#pragma once

#include "models/media/timeindex.h"

#include <QObject>

namespace bitext {
class SegmentModel;
}

namespace bitext::ui {

class MediaController;
class ReaderView;
class SpeakerTimeline;

// Follow-along: as the media position moves, marks the segment being heard in both reader
// panes (and keeps it in view while enabled) and moves the timeline's playhead; double-
// clicking a turn's time or clicking the timeline seeks the media. One binary search per
// position update and a repaint of the two rows that changed, never a relayout.
class FollowAlong : public QObject
{
    Q_OBJECT

public:
    FollowAlong(MediaController *media, ReaderView *reader, SpeakerTimeline *timeline, QObject *parent = nullptr);

    // Keep the heard segment in view (the "Follow Along" toggle); marking goes on regardless.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // The row heard at a position (-1 none) and the media time a row starts at (-1 none).
    int rowAt(qint64 ms) const { return m_index.rowAt(ms); }
    qint64 startOfRow(int row) const;
    // Plays from a row's start; false when the row has no time.
    bool playRow(int row);

    // What one position report does: marks the row heard at ms in both panes, scrolls it
    // into view when asked, moves the playhead (public for the benchmark).
    void show(qint64 ms, bool keepInView);

private:
    void update(qint64 ms);
    void reindex();
    // The media time of a timeline position, and back: real times are the media's own;
    // an estimated schedule is stretched over the media's duration.
    double scheduleSeconds(qint64 ms) const;
    qint64 mediaMs(double scheduleSeconds) const;

    MediaController *m_media;
    ReaderView *m_reader;
    SpeakerTimeline *m_timeline;
    SegmentModel *m_model;
    TimeIndex m_index;
    bool m_enabled = true;
    int m_row = -1;
    int m_keptInView = -1; // the last row scrolled into view (once per row)
};

} // namespace bitext::ui
