#include "ui/media/mediasession.h"

#include "models/core/error.h"
#include "models/media/mediarepository.h"
#include "models/store/library.h"
#include "ui/common/languagechange.h"
#include "ui/common/themedicon.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/windowsettings.h"
#include "ui/media/followalong.h"
#include "ui/media/mediacontroller.h"
#include "ui/media/playerpanel.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace bitext::ui {

MediaSession::MediaSession(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_media(new MediaController(this))
{
    const auto make = [this](const QString &icon, const QKeySequence &key) {
        auto *action = new QAction(themedIcon(icon), QString(), this);
        action->setShortcut(key);
        m_window->addAction(action); // works wherever the focus is in the window
        return action;
    };
    // Keys that work while the reader has the focus: the reader takes plain arrows and
    // Ctrl+Up/Down; Ctrl+Left/Right are the transcription tools' rewind and skip.
    m_playPause = make(QStringLiteral("media-playback-start"), QKeySequence(Qt::CTRL | Qt::Key_Space));
    m_back = make(QStringLiteral("media-seek-backward"), QKeySequence(Qt::CTRL | Qt::Key_Left));
    m_forward = make(QStringLiteral("media-seek-forward"), QKeySequence(Qt::CTRL | Qt::Key_Right));
    m_playSegment = make(QStringLiteral("media-skip-forward"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space));
    m_followToggle = make(QStringLiteral("view-list-text"), QKeySequence());
    m_followToggle->setCheckable(true);
    m_followToggle->setChecked(true);
    m_detach = make(QStringLiteral("window-new"), QKeySequence());
    m_detach->setCheckable(true);

    m_panel = new PlayerPanel(m_media, {m_playPause, m_back, m_forward, m_followToggle, m_detach}, window);
    m_dock = new QDockWidget(window);
    m_dock->setObjectName(QStringLiteral("playerDock"));
    m_dock->setWidget(m_panel);
    window->addPanel(m_dock, Qt::BottomDockWidgetArea);
    m_follow = new FollowAlong(m_media, window->reader(), window->timeline(), this);

    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("mediaMenu"));
    m_menu->addActions({m_playPause, m_back, m_forward, m_playSegment});
    m_menu->addSeparator();
    m_menu->addActions({m_followToggle, m_detach});
    window->menuBar()->insertMenu(window->menu(MainWindow::Menu::Help)->menuAction(), m_menu);

    connect(m_playPause, &QAction::triggered, m_media, &MediaController::togglePlay);
    connect(m_back, &QAction::triggered, m_media, [this] { m_media->skip(-MediaController::kBackMs); });
    connect(m_forward, &QAction::triggered, m_media, [this] { m_media->skip(MediaController::kForwardMs); });
    connect(m_playSegment, &QAction::triggered, this, [this] {
        if (!m_follow->playRow(m_window->reader()->currentRow()))
            m_window->statusBar()->showMessage(tr("This segment has no time to play from."), 5000);
    });
    connect(m_followToggle, &QAction::toggled, m_follow, &FollowAlong::setEnabled);
    connect(m_media, &MediaController::playingChanged, this, [this](bool playing) {
        updateActions();
        if (!playing)
            savePosition();
    });
    connect(m_media, &MediaController::mediaChanged, this, &MediaSession::updateActions);
    connect(m_media, &MediaController::error, m_panel, &PlayerPanel::setMessage);
    connect(window, &MainWindow::documentChanged, this, &MediaSession::showDocument);
    connect(window, &MainWindow::libraryChanged, this, [this](Library *library) {
        if (!library)
            showDocument(0);
    });
    updateActions();
    onLanguageChange(this, [this] { retranslate(); });
}

MediaSession::~MediaSession()
{
    savePosition();
    // The window deletes this before the dock, and the reader may be gone already: nothing
    // hears the player any more, and it lets go of the video widget now.
    m_media->disconnect();
    m_media->setVideoOutput(nullptr);
    m_media->close();
}

void MediaSession::retranslate()
{
    m_menu->setTitle(tr("&Media"));
    m_dock->setWindowTitle(tr("Player"));
    m_back->setText(tr("&Back 2 Seconds"));
    m_forward->setText(tr("&Forward 5 Seconds"));
    m_playSegment->setText(tr("Play from &Segment"));
    m_followToggle->setText(tr("F&ollow Along"));
    m_followToggle->setToolTip(tr("Keep the segment being heard in view"));
    m_detach->setText(tr("Video in a Separate &Window"));
    updateActions();
}

void MediaSession::updateActions()
{
    const bool media = m_media->hasMedia();
    const bool playing = m_media->isPlaying();
    m_playPause->setText(playing ? tr("&Pause") : tr("&Play"));
    m_playPause->setIcon(
        themedIcon(playing ? QStringLiteral("media-playback-pause") : QStringLiteral("media-playback-start")));
    for (QAction *action : {m_playPause, m_back, m_forward, m_playSegment})
        action->setEnabled(media);
    if (media)
        m_panel->setMessage(QString());
}

void MediaSession::savePosition()
{
    if (m_documentId && !m_libraryPath.isEmpty() && m_media->hasMedia())
        WindowSettings::setMediaPosition(m_libraryPath, m_documentId, m_media->position());
}

void MediaSession::showDocument(qint64 documentId)
{
    savePosition();
    m_media->close();
    m_panel->setMessage(QString());
    m_documentId = documentId;
    m_libraryPath = m_window->libraryPath();
    if (!documentId || !m_window->library())
        return;
    QString path;
    try {
        path = MediaRepository(*m_window->library()).absolutePath(documentId);
    } catch (const Error &error) {
        m_panel->setMessage(error.message());
        return;
    }
    if (path.isEmpty())
        return;
    m_media->open(path);
    if (const qint64 last = WindowSettings::mediaPosition(m_libraryPath, documentId))
        m_media->seek(last);
}

} // namespace bitext::ui
