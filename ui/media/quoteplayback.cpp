#include "ui/media/quoteplayback.h"

#include "models/core/error.h"
#include "models/item/segmentmodel.h"
#include "models/store/annotationrepository.h"
#include "models/store/library.h"
#include "ui/annotate/annotationcontroller.h"
#include "ui/annotate/annotationsdock.h"
#include "ui/common/languagechange.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/media/mediacontroller.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QStatusBar>

namespace bitext::ui {

QuotePlayback::QuotePlayback(MainWindow *window, MediaController *player, AnnotationController *annotations)
    : QObject(window)
    , m_window(window)
    , m_player(player)
    , m_annotations(annotations)
    , m_play(new QAction(this))
    , m_loop(new QAction(this))
{
    m_play->setObjectName(QStringLiteral("playQuoteAction"));
    m_play->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_loop->setObjectName(QStringLiteral("loopQuoteAction"));
    m_loop->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    QMenu *menu = window->menu(MainWindow::Menu::Annotate);
    menu->addSeparator();
    menu->addActions({m_play, m_loop});
    window->reader()->addContextAction(m_play);
    window->reader()->addContextAction(m_loop);
    connect(m_play, &QAction::triggered, this, [this] { play(target(), false); });
    connect(m_loop, &QAction::triggered, this, [this] { play(target(), true); });
    // The annotations dock is made anew with each library (after the controller's own
    // slot has made it).
    connect(window, &MainWindow::libraryChanged, this, [this] {
        if (AnnotationsDock *dock = m_annotations->dock())
            dock->addContextActions({m_play, m_loop});
    });
    connect(m_player, &MediaController::mediaChanged, this, &QuotePlayback::updateActions);
    connect(window->segmentModel(), &SegmentModel::modelReset, this, &QuotePlayback::updateActions);
    onLanguageChange(this, [this] {
        m_play->setText(tr("&Play Quote"));
        m_play->setToolTip(tr("Play the recording of the highlight"));
        m_loop->setText(tr("L&oop Quote"));
        m_loop->setToolTip(tr("Play the recording of the highlight again and again"));
    });
    updateActions();
}

void QuotePlayback::updateActions()
{
    const bool ready = m_window->currentDocumentId() && m_player->hasMedia();
    m_play->setEnabled(ready);
    m_loop->setEnabled(ready);
}

qint64 QuotePlayback::target() const
{
    // From the dock's list (its context menu, or the keys while it has the focus): its
    // current quote; from the reader: the highlight under the selection or the cursor.
    AnnotationsDock *dock = m_annotations->dock();
    if (dock && dock->listView()->hasFocus())
        return dock->currentAnnotationId();
    return m_annotations->targetAnnotationId();
}

std::optional<std::pair<qint64, qint64>> QuotePlayback::range(qint64 annotationId) const
{
    Library *library = m_window->library();
    if (!library || !annotationId)
        return std::nullopt;
    std::optional<Annotation> annotation;
    try {
        annotation = library->annotations().find(annotationId);
    } catch (const Error &) {
        return std::nullopt;
    }
    const SegmentModel *segments = m_window->segmentModel();
    if (!annotation || annotation->documentId != segments->documentId())
        return std::nullopt;
    const int first = segments->rowOfSegment(annotation->startSegmentId);
    const int last = segments->rowOfSegment(annotation->endSegmentId);
    if (first < 0 || last < first || !segments->segmentAt(first).startMs)
        return std::nullopt;
    const qint64 start = *segments->segmentAt(first).startMs;
    std::optional<qint64> end = segments->segmentAt(last).endMs;
    // Untimed ends (tap timing marks starts only): up to where the next segment begins.
    for (int row = last + 1; !end && row < segments->rowCount(); ++row)
        end = segments->segmentAt(row).startMs;
    const qint64 stop = end ? *end : m_player->duration();
    if (stop <= start)
        return std::nullopt;
    return std::make_pair(start, stop);
}

bool QuotePlayback::play(qint64 annotationId, bool loop)
{
    if (!m_window->library())
        return false;
    if (!m_player->hasMedia()) {
        fail(tr("This document has no media file: attach one with File › Attach Media…"));
        return false;
    }
    if (!annotationId) {
        fail(tr("Click a highlight first, then play it."));
        return false;
    }
    std::optional<Annotation> annotation;
    try {
        annotation = m_window->library()->annotations().find(annotationId);
    } catch (const Error &error) {
        fail(error.message());
        return false;
    }
    if (annotation && annotation->documentId != m_window->currentDocumentId()) {
        fail(tr("This quote is in another document: go to it first, then play it."));
        return false;
    }
    const auto times = range(annotationId);
    if (!times) {
        fail(tr("The segments of this highlight have no times yet: time the transcript first (Timing Mode)."));
        return false;
    }
    m_player->playRange(times->first, times->second, loop);
    return true;
}

void QuotePlayback::fail(const QString &message)
{
    m_window->statusBar()->showMessage(message, 8000);
}

} // namespace bitext::ui
