#pragma once

#include <QObject>
#include <QString>

class QMediaPlayer;
class QVideoWidget;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
class QAudioOutput;
#endif

namespace bitext::ui {

// The one place that knows Qt 5's QMediaPlayer from Qt 6's (setMedia or setSource, volume
// on the player or on a QAudioOutput, state or playbackState, error or errorOccurred):
// every other file of the player speaks to this class and needs no version check.
class MediaPlayerBackend : public QObject
{
    Q_OBJECT

public:
    // What loading the current source came to.
    enum class Status { NoMedia, Loading, Ready, Ended, Failed };

    explicit MediaPlayerBackend(QObject *parent = nullptr);
    ~MediaPlayerBackend() override;

    // Loads a local file (an empty path unloads); status() follows.
    void setSource(const QString &absolutePath);
    QString source() const { return m_path; }
    Status status() const { return m_status; }

    void play();
    void pause();
    void stop();
    bool isPlaying() const;

    void setPosition(qint64 ms);
    qint64 position() const;
    qint64 duration() const;
    bool isSeekable() const;

    // Playback speed (1 = normal).
    void setRate(double rate);
    double rate() const;
    // 0..1, linear.
    void setVolume(double volume);
    double volume() const;

    void setVideoOutput(QVideoWidget *widget);
    bool hasVideo() const;

    // The backend's own words for the last failure (may be empty).
    QString errorString() const;

signals:
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void playingChanged(bool playing);
    void statusChanged(bitext::ui::MediaPlayerBackend::Status status);
    void hasVideoChanged(bool hasVideo);
    // The source cannot be played; message is the backend's (may be empty).
    void failed(const QString &message);

private:
    void setStatus(Status status);
    void onMediaStatus(int status);
    void onError(const QString &message);

    QMediaPlayer *m_player;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QAudioOutput *m_audio;
#endif
    QString m_path;
    Status m_status = Status::NoMedia;
    bool m_playing = false;
};

} // namespace bitext::ui
