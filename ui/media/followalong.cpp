#include "ui/media/followalong.h"

#include "models/item/segmentmodel.h"
#include "ui/media/mediacontroller.h"
#include "ui/reader/readerview.h"
#include "ui/timeline/speakertimeline.h"

namespace bitext::ui {

FollowAlong::FollowAlong(MediaController *media, ReaderView *reader, SpeakerTimeline *timeline, QObject *parent)
    : QObject(parent)
    , m_media(media)
    , m_reader(reader)
    , m_timeline(timeline)
    , m_model(reader->model())
{
    connect(m_model, &QAbstractItemModel::modelReset, this, &FollowAlong::reindex);
    // Times set by tapping arrive as changed rows.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FollowAlong::reindex);
    connect(m_media, &MediaController::positionChanged, this, &FollowAlong::update);
    connect(m_media, &MediaController::mediaChanged, this, [this] { update(m_media->position()); });
    connect(m_media, &MediaController::durationChanged, this, [this] { update(m_media->position()); });
    connect(m_reader, &ReaderView::playRequested, this, &FollowAlong::playRow);
    if (m_timeline) {
        connect(m_timeline, &SpeakerTimeline::timeClicked, this, [this](double seconds) {
            if (m_media->hasMedia())
                m_media->seek(mediaMs(seconds));
        });
    }
    reindex();
}

void FollowAlong::reindex()
{
    QList<Segment> segments;
    segments.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        segments << m_model->segmentAt(row);
    m_index.reset(segments);
    m_row = -2; // mark again, whatever the row
    m_keptInView = -1;
    update(m_media->position());
}

void FollowAlong::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_keptInView = -1;
    if (enabled && m_row >= 0)
        m_reader->ensureRowVisible(m_row);
}

qint64 FollowAlong::startOfRow(int row) const
{
    const std::optional<qint64> start = m_index.startOf(row);
    return start ? *start : -1;
}

bool FollowAlong::playRow(int row)
{
    const qint64 start = startOfRow(row);
    if (start < 0 || !m_media->hasMedia())
        return false;
    m_media->playFrom(start);
    return true;
}

void FollowAlong::update(qint64 ms)
{
    if (m_media->hasMedia()) {
        show(ms, m_enabled && m_media->isPlaying());
        return;
    }
    m_row = -1;
    m_reader->setPlayingRow(-1);
    if (m_timeline)
        m_timeline->setPlayhead(-1);
}

void FollowAlong::show(qint64 ms, bool keepInView)
{
    const int row = m_index.rowAt(ms);
    if (row != m_row) {
        m_row = row;
        m_reader->setPlayingRow(row);
    }
    // Each segment is brought into view once (also when playing starts on one marked
    // before), so the user may scroll away while it is heard. Out of view (or at its
    // bottom edge) it goes to the top, so the next rows are heard without a scroll each.
    if (row >= 0 && keepInView && row != m_keptInView) {
        m_keptInView = row;
        const ReaderGeometry *geometry = m_reader->geometry();
        if (row < geometry->firstVisibleRow() || row >= geometry->lastVisibleRow())
            m_reader->scrollToRow(row);
    }
    if (m_timeline)
        m_timeline->setPlayhead(scheduleSeconds(ms));
}

double FollowAlong::scheduleSeconds(qint64 ms) const
{
    const TurnSchedule &schedule = m_timeline->schedule();
    if (!schedule.estimated())
        return ms / 1000.0;
    // An untimed document's schedule is an estimate: stretched over the media's length.
    const qint64 duration = m_media->duration();
    return duration > 0 ? double(ms) / double(duration) * schedule.duration() : -1;
}

qint64 FollowAlong::mediaMs(double seconds) const
{
    const TurnSchedule &schedule = m_timeline->schedule();
    if (!schedule.estimated())
        return qRound64(seconds * 1000);
    return schedule.duration() > 0 ? qRound64(seconds / schedule.duration() * double(m_media->duration())) : 0;
}

} // namespace bitext::ui
