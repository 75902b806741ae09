#pragma once

#include <QObject>
#include <QString>

class QAction;
class QDockWidget;
class QMenu;

namespace bitext::ui {

class FollowAlong;
class MainWindow;
class MediaController;
class PlayerPanel;

// The window's listening: owns the MediaController, the player dock, the Media menu and
// follow-along; opens the media of the document shown, and remembers per library and
// document where its media was last heard.
class MediaSession : public QObject
{
    Q_OBJECT

public:
    explicit MediaSession(MainWindow *window);
    ~MediaSession() override;

    MediaController *controller() const { return m_media; }
    FollowAlong *followAlong() const { return m_follow; }
    PlayerPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    // The Media menu, for the other media features' actions.
    QMenu *menu() const { return m_menu; }

    QAction *playPauseAction() const { return m_playPause; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *playSegmentAction() const { return m_playSegment; }
    QAction *followAlongAction() const { return m_followToggle; }
    QAction *detachVideoAction() const { return m_detach; }

private:
    void showDocument(qint64 documentId);
    void savePosition();
    void updateActions();
    void retranslate();

    MainWindow *m_window;
    MediaController *m_media;
    QAction *m_playPause;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_playSegment;
    QAction *m_followToggle;
    QAction *m_detach;
    PlayerPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QMenu *m_menu = nullptr;
    FollowAlong *m_follow = nullptr;
    // What the open media belongs to, to save its position without the library.
    QString m_libraryPath;
    qint64 m_documentId = 0;
};

} // namespace bitext::ui
