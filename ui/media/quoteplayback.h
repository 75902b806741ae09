#pragma once

#include <QObject>

#include <optional>
#include <utility>

class QAction;

namespace bitext::ui {

class AnnotationController;
class MainWindow;
class MediaController;

// Listening to a highlight: Play Quote plays the time range of the quote's segments
// once, Loop Quote again and again until playback is paused or something else is
// played (Annotate menu and the reader's context menu; they act on the highlight under
// the selection or the current one, as Remove Highlight does).
class QuotePlayback : public QObject
{
    Q_OBJECT

public:
    QuotePlayback(MainWindow *window, MediaController *player, AnnotationController *annotations);

    QAction *playAction() const { return m_play; }
    QAction *loopAction() const { return m_loop; }

    // Plays the highlight's range; false (with a message in the status bar) when there is
    // no highlight, no media or its segments have no times yet.
    bool play(qint64 annotationId, bool loop);
    // The time range of a highlight in the open document (from its first segment's start
    // to its last segment's end, or the next segment's start), none while untimed.
    std::optional<std::pair<qint64, qint64>> range(qint64 annotationId) const;

private:
    // The highlight the actions act on.
    qint64 target() const;
    void updateActions();
    void fail(const QString &message);

    MainWindow *m_window;
    MediaController *m_player;
    AnnotationController *m_annotations;
    QAction *m_play;
    QAction *m_loop;
};

} // namespace bitext::ui
