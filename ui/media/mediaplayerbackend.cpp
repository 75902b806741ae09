#include "ui/media/mediaplayerbackend.h"

#include <QMediaPlayer>
#include <QUrl>
#include <QVideoWidget>
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <QAudioOutput>
#else
#include <QMediaContent>
#endif

namespace bitext::ui {

MediaPlayerBackend::MediaPlayerBackend(QObject *parent)
    : QObject(parent)
    , m_player(new QMediaPlayer(this))
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    , m_audio(new QAudioOutput(this))
#endif
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    m_player->setAudioOutput(m_audio);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        const bool playing = state == QMediaPlayer::PlayingState;
        if (playing != m_playing) {
            m_playing = playing;
            emit playingChanged(playing);
        }
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
        [this](QMediaPlayer::Error, const QString &message) { onError(message); });
    connect(m_player, &QMediaPlayer::hasVideoChanged, this, &MediaPlayerBackend::hasVideoChanged);
#else
    // Qt 5 reports the position once a second unless asked: follow-along needs more.
    m_player->setNotifyInterval(50);
    connect(m_player, &QMediaPlayer::stateChanged, this, [this](QMediaPlayer::State state) {
        const bool playing = state == QMediaPlayer::PlayingState;
        if (playing != m_playing) {
            m_playing = playing;
            emit playingChanged(playing);
        }
    });
    connect(m_player, QOverload<QMediaPlayer::Error>::of(&QMediaPlayer::error), this,
        [this] { onError(m_player->errorString()); });
    connect(m_player, &QMediaPlayer::videoAvailableChanged, this, &MediaPlayerBackend::hasVideoChanged);
#endif
    connect(m_player, &QMediaPlayer::positionChanged, this, &MediaPlayerBackend::positionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, &MediaPlayerBackend::durationChanged);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
        [this](QMediaPlayer::MediaStatus status) { onMediaStatus(int(status)); });
}

MediaPlayerBackend::~MediaPlayerBackend()
{
    // Nothing may reach this half-destroyed object from the player's last signals.
    disconnect(m_player, nullptr, this, nullptr);
    m_player->stop();
}

void MediaPlayerBackend::setSource(const QString &absolutePath)
{
    m_path = absolutePath;
    const QUrl url = absolutePath.isEmpty() ? QUrl() : QUrl::fromLocalFile(absolutePath);
    m_player->stop();
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    m_player->setSource(url);
#else
    m_player->setMedia(url.isEmpty() ? QMediaContent() : QMediaContent(url));
#endif
    setStatus(absolutePath.isEmpty() ? Status::NoMedia : Status::Loading);
}

void MediaPlayerBackend::onMediaStatus(int status)
{
    switch (QMediaPlayer::MediaStatus(status)) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferingMedia:
    case QMediaPlayer::BufferedMedia:
        if (m_status == Status::Loading || m_status == Status::Ended)
            setStatus(Status::Ready);
        break;
    case QMediaPlayer::EndOfMedia:
        setStatus(Status::Ended);
        break;
    case QMediaPlayer::InvalidMedia:
        onError(m_player->errorString());
        break;
    default:
        break;
    }
}

void MediaPlayerBackend::onError(const QString &message)
{
    if (m_status == Status::Failed || m_path.isEmpty())
        return;
    setStatus(Status::Failed);
    emit failed(message);
}

void MediaPlayerBackend::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}

void MediaPlayerBackend::play()
{
    m_player->play();
}

void MediaPlayerBackend::pause()
{
    m_player->pause();
}

void MediaPlayerBackend::stop()
{
    m_player->stop();
}

bool MediaPlayerBackend::isPlaying() const
{
    return m_playing;
}

void MediaPlayerBackend::setPosition(qint64 ms)
{
    m_player->setPosition(ms);
}

qint64 MediaPlayerBackend::position() const
{
    return m_player->position();
}

qint64 MediaPlayerBackend::duration() const
{
    return m_player->duration();
}

bool MediaPlayerBackend::isSeekable() const
{
    return m_player->isSeekable();
}

void MediaPlayerBackend::setRate(double rate)
{
    m_player->setPlaybackRate(rate);
}

double MediaPlayerBackend::rate() const
{
    return m_player->playbackRate();
}

void MediaPlayerBackend::setVolume(double volume)
{
    volume = qBound(0.0, volume, 1.0);
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    m_audio->setVolume(float(volume));
#else
    m_player->setVolume(qRound(volume * 100));
#endif
}

double MediaPlayerBackend::volume() const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return double(m_audio->volume());
#else
    return m_player->volume() / 100.0;
#endif
}

void MediaPlayerBackend::setVideoOutput(QVideoWidget *widget)
{
    m_player->setVideoOutput(widget);
}

bool MediaPlayerBackend::hasVideo() const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return m_player->hasVideo();
#else
    return m_player->isVideoAvailable();
#endif
}

QString MediaPlayerBackend::errorString() const
{
    return m_player->errorString();
}

} // namespace bitext::ui
