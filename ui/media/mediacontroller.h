#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QVideoWidget;

namespace bitext::ui {

class MediaPlayerBackend;

// The window's player (one per main window): opens a document's media file, plays,
// pauses, seeks, skips, plays from a segment or a quote's range, and reports the position
// often enough for follow-along. A missing or unplayable file is reported once through
// error() with a message that names the file and, for an unplayable one, its format.
class MediaController : public QObject
{
    Q_OBJECT

public:
    static constexpr double kMinRate = 0.5;
    static constexpr double kMaxRate = 2.0;
    static constexpr qint64 kBackMs = 2000; // the transcription tools' "back a little"
    static constexpr qint64 kForwardMs = 5000;

    explicit MediaController(QObject *parent = nullptr);

    // Emits error(QString) for a missing file / unplayable codec (named).
    void open(const QString &absolutePath);
    void close();
    bool hasMedia() const;
    QString source() const;

    void play();
    void pause();
    void togglePlay();
    bool isPlaying() const;

    void seek(qint64 ms);
    qint64 position() const { return m_position; }
    qint64 duration() const;

    void playFrom(qint64 ms);
    // A quote: plays from startMs and stops (or, looped, starts again) at endMs.
    void playRange(qint64 startMs, qint64 endMs, bool loop);
    bool isPlayingRange() const { return m_rangeEnd >= 0; }
    // 0.5..2, pitch kept.
    void setRate(double rate);
    double rate() const { return m_rate; }
    void setVolume(double volume); // 0..1
    double volume() const { return m_volume; }
    // -2000 / +5000
    void skip(qint64 deltaMs);

    // Where video is shown (the panel's or the detached window's widget).
    void setVideoOutput(QVideoWidget *widget);
    bool hasVideo() const;
    // The message error() gave for the open file, empty when it plays.
    QString lastError() const { return m_error; }

signals:
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void playingChanged(bool playing);
    void mediaChanged();
    void error(const QString &message);
    void rateChanged(double rate);
    void hasVideoChanged(bool hasVideo);

private:
    // Made on the first open(): a window that never plays never loads Qt Multimedia's
    // backend (GStreamer's start-up, an audio server connection).
    MediaPlayerBackend *backend();
    void onStatus();
    void onFailed(const QString &backendMessage);
    void updatePosition(qint64 ms);
    void pollPosition();
    void fail(const QString &message);
    // Forgets the error, pending seek and play, quote range and position of the last file.
    void resetPlayback();

    MediaPlayerBackend *m_backend = nullptr;
    QPointer<QVideoWidget> m_video;
    QTimer m_poll; // the backends report the position too rarely for follow-along
    qint64 m_position = 0;
    qint64 m_pendingSeek = -1; // asked for before the file was loaded
    qint64 m_seekTarget = -1; // the backend has not reported it yet
    QElapsedTimer m_seekClock;
    bool m_pendingPlay = false;
    qint64 m_rangeStart = -1;
    qint64 m_rangeEnd = -1;
    bool m_rangeLoop = false;
    double m_rate = 1.0;
    double m_volume = 1.0;
    QString m_error;
};

} // namespace bitext::ui
