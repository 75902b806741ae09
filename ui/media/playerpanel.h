#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;
class QVideoWidget;

namespace bitext::ui {

class MediaController;

// The player dock's content: back 2 s, play/pause, forward 5 s, the position slider with
// the time heard and the whole length, speed (0.5–2×, pitch kept), volume, the
// follow-along toggle, and the video, shown in the panel or in a window of its own.
class PlayerPanel : public QWidget
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction *playPause;
        QAction *back;
        QAction *forward;
        QAction *followAlong;
        QAction *detachVideo;
    };

    PlayerPanel(MediaController *media, const Actions &actions, QWidget *parent = nullptr);
    ~PlayerPanel() override;

    // Video in its own window (true) or in the panel.
    void setVideoDetached(bool detached);
    bool isVideoDetached() const { return m_detached; }
    QVideoWidget *videoWidget() const { return m_video; }
    QWidget *videoWindow() const { return m_videoWindow; }
    // A message about the open media (missing file, unplayable format), empty to hide.
    void setMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void updatePosition(qint64 ms);
    void updateVideo();

    QPointer<MediaController> m_media; // the window may end the session first
    Actions m_actions;
    QVideoWidget *m_video;
    QWidget *m_videoWindow; // the detached video's window
    QSlider *m_slider;
    QLabel *m_time;
    QComboBox *m_speed;
    QSlider *m_volume;
    QLabel *m_speedLabel;
    QLabel *m_volumeLabel;
    QLabel *m_message;
    bool m_detached = false;
};

} // namespace bitext::ui
