#include "ui/media/mediacontroller.h"

#include "ui/media/mediaformat.h"
#include "ui/media/mediaplayerbackend.h"

#include <QDir>
#include <QFileInfo>
#include <QVideoWidget>

namespace bitext::ui {

MediaController::MediaController(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(40);
    connect(&m_poll, &QTimer::timeout, this, &MediaController::pollPosition);
}

MediaPlayerBackend *MediaController::backend()
{
    if (m_backend)
        return m_backend;
    m_backend = new MediaPlayerBackend(this);
    m_backend->setVolume(m_volume);
    if (m_video)
        m_backend->setVideoOutput(m_video);
    connect(m_backend, &MediaPlayerBackend::positionChanged, this, &MediaController::updatePosition);
    connect(m_backend, &MediaPlayerBackend::durationChanged, this, &MediaController::durationChanged);
    connect(m_backend, &MediaPlayerBackend::playingChanged, this, [this](bool playing) {
        if (playing)
            m_poll.start();
        else
            m_poll.stop();
        pollPosition();
        emit playingChanged(playing);
    });
    connect(m_backend, &MediaPlayerBackend::statusChanged, this, &MediaController::onStatus);
    connect(m_backend, &MediaPlayerBackend::failed, this, &MediaController::onFailed);
    connect(m_backend, &MediaPlayerBackend::hasVideoChanged, this, &MediaController::hasVideoChanged);
    return m_backend;
}

void MediaController::setVideoOutput(QVideoWidget *widget)
{
    m_video = widget;
    if (m_backend)
        m_backend->setVideoOutput(widget);
}

bool MediaController::hasVideo() const
{
    return hasMedia() && m_backend->hasVideo();
}

void MediaController::open(const QString &absolutePath)
{
    if (absolutePath.isEmpty()) {
        close();
        return;
    }
    resetPlayback();
    const QFileInfo file(absolutePath);
    const QString problem = !file.isFile() || !file.isReadable()
        ? tr("The media file %1 cannot be found. It may have been moved, renamed or deleted.")
              .arg(QDir::toNativeSeparators(absolutePath))
        : MediaFormat::notMediaReason(absolutePath);
    if (!problem.isEmpty()) {
        if (m_backend)
            m_backend->setSource(QString());
        emit mediaChanged();
        emit positionChanged(0);
        fail(problem);
        return;
    }
    backend()->setSource(absolutePath);
    m_backend->setRate(m_rate);
    emit mediaChanged();
    emit positionChanged(0);
}

void MediaController::close()
{
    resetPlayback();
    if (!m_backend || m_backend->source().isEmpty())
        return;
    m_backend->setSource(QString());
    emit mediaChanged();
    emit positionChanged(0);
    emit durationChanged(0);
}

void MediaController::resetPlayback()
{
    m_error.clear();
    m_pendingSeek = -1;
    m_pendingPlay = false;
    m_rangeEnd = -1;
    m_seekTarget = -1;
    m_position = 0;
}

bool MediaController::hasMedia() const
{
    return m_backend && !m_backend->source().isEmpty() && m_backend->status() != MediaPlayerBackend::Status::Failed;
}

QString MediaController::source() const
{
    return m_backend ? m_backend->source() : QString();
}

void MediaController::onStatus()
{
    if (m_backend->status() != MediaPlayerBackend::Status::Ready)
        return;
    // A seek or play asked for while the file was still loading.
    m_backend->setRate(m_rate);
    if (m_pendingSeek >= 0) {
        m_backend->setPosition(m_pendingSeek);
        m_pendingSeek = -1;
    }
    if (m_pendingPlay) {
        m_pendingPlay = false;
        m_backend->play();
    }
}

void MediaController::onFailed(const QString &backendMessage)
{
    m_pendingSeek = -1;
    m_pendingPlay = false;
    fail(MediaFormat::unplayableReason(m_backend->source(), backendMessage));
    emit mediaChanged();
}

void MediaController::fail(const QString &message)
{
    m_error = message;
    emit error(message);
}

void MediaController::play()
{
    if (!hasMedia())
        return;
    if (m_backend->status() == MediaPlayerBackend::Status::Loading) {
        m_pendingPlay = true;
        return;
    }
    if (m_backend->status() == MediaPlayerBackend::Status::Ended)
        m_backend->setPosition(0);
    m_backend->play();
}

void MediaController::pause()
{
    m_pendingPlay = false;
    if (hasMedia())
        m_backend->pause();
}

void MediaController::togglePlay()
{
    if (isPlaying() || m_pendingPlay)
        pause();
    else
        play();
}

bool MediaController::isPlaying() const
{
    return m_backend && m_backend->isPlaying();
}

qint64 MediaController::duration() const
{
    return hasMedia() ? m_backend->duration() : 0;
}

void MediaController::seek(qint64 ms)
{
    if (!hasMedia())
        return;
    m_rangeEnd = -1;
    ms = qMax<qint64>(0, ms);
    if (duration() > 0)
        ms = qMin(ms, duration());
    if (m_backend->status() == MediaPlayerBackend::Status::Loading)
        m_pendingSeek = ms;
    else
        m_backend->setPosition(ms);
    m_seekTarget = -1;
    updatePosition(ms);
    m_seekTarget = ms;
    m_seekClock.start();
}

void MediaController::playFrom(qint64 ms)
{
    seek(ms);
    play();
}

void MediaController::playRange(qint64 startMs, qint64 endMs, bool loop)
{
    if (!hasMedia() || endMs <= startMs)
        return;
    seek(startMs);
    m_rangeStart = startMs;
    m_rangeEnd = endMs;
    m_rangeLoop = loop;
    play();
}

void MediaController::setRate(double rate)
{
    rate = qBound(kMinRate, rate, kMaxRate);
    if (qFuzzyCompare(rate, m_rate))
        return;
    m_rate = rate;
    if (hasMedia())
        m_backend->setRate(rate);
    emit rateChanged(rate);
}

void MediaController::setVolume(double volume)
{
    m_volume = qBound(0.0, volume, 1.0);
    if (m_backend)
        m_backend->setVolume(m_volume);
}

void MediaController::skip(qint64 deltaMs)
{
    if (!hasMedia())
        return;
    const qint64 range = m_rangeEnd;
    seek(position() + deltaMs);
    m_rangeEnd = range; // skipping inside a quote keeps its end
}

void MediaController::pollPosition()
{
    updatePosition(m_backend->position());
}

void MediaController::updatePosition(qint64 ms)
{
    if (m_seekTarget >= 0) {
        // After a seek the backend goes on reporting the old place for a while (longer
        // while the file loads): those reports are dropped, or the mark would jump back.
        const bool arrived = ms >= m_seekTarget - 100 && ms < m_seekTarget + 1500;
        if (!arrived && m_seekClock.elapsed() < 3000)
            return;
        m_seekTarget = -1;
    }
    if (m_rangeEnd >= 0 && ms >= m_rangeEnd && isPlaying()) {
        if (m_rangeLoop) {
            m_backend->setPosition(m_rangeStart);
            m_seekTarget = m_rangeStart;
            m_seekClock.start();
            ms = m_rangeStart;
        } else {
            m_rangeEnd = -1;
            m_backend->pause();
        }
    }
    if (ms == m_position)
        return;
    m_position = ms;
    emit positionChanged(ms);
}

} // namespace bitext::ui
