#include "ui/media/taptimingcontroller.h"

#include "models/item/segmentmodel.h"
#include "models/store/library.h"
#include "ui/commands/nudgesegmentcommand.h"
#include "ui/commands/setsegmentstartcommand.h"
#include "ui/common/clocktext.h"
#include "ui/common/languagechange.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/readonlybanner.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/media/mediacontroller.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QLocale>
#include <QStatusBar>

namespace bitext::ui {

namespace {

constexpr qint64 kNudgeMs = 100;

// "1:02.3": a mark is set and moved by tenths of a second.
QString markText(qint64 ms)
{
    return clockText(double(ms / 1000)) + QLocale().decimalPoint() + QString::number(ms % 1000 / 100);
}

} // namespace

TapTimingController::TapTimingController(MainWindow *window, MediaController *player)
    : QObject(window)
    , m_window(window)
    , m_player(player)
    , m_mode(new QAction(this))
    , m_mark(new QAction(this))
    , m_earlier(new QAction(this))
    , m_later(new QAction(this))
{
    m_mode->setObjectName(QStringLiteral("timingModeAction"));
    m_mode->setCheckable(true);
    m_mode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)); // M merges segments, T manages tags
    m_mark->setObjectName(QStringLiteral("markStartAction"));
    // ELAN's key for a segment boundary; the reader does not use Return.
    m_mark->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_earlier->setObjectName(QStringLiteral("nudgeEarlierAction"));
    m_earlier->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_later->setObjectName(QStringLiteral("nudgeLaterAction"));
    m_later->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    // Only where the user reads (not in the find bar's field, where Return finds).
    for (QAction *action : {m_mark, m_earlier, m_later}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        window->reader()->addAction(action);
    }
    window->addAction(m_mode); // its shortcut anywhere in the window
    window->readOnlyBanner()->addEditActions({m_mode, m_mark, m_earlier, m_later});

    connect(m_mode, &QAction::toggled, this, [this](bool on) {
        updateActions();
        if (on)
            m_window->statusBar()->showMessage(
                tr("Timing Mode: press Return when the current segment begins; Alt+Left and Alt+Right move "
                   "the last mark by 0.1 s."),
                10000);
    });
    connect(m_mark, &QAction::triggered, this, &TapTimingController::markStart);
    connect(m_earlier, &QAction::triggered, this, [this] { nudge(-kNudgeMs); });
    connect(m_later, &QAction::triggered, this, [this] { nudge(+kNudgeMs); });
    connect(m_player, &MediaController::mediaChanged, this, &TapTimingController::updateActions);
    connect(window->segmentModel(), &SegmentModel::modelReset, this, &TapTimingController::updateActions);
    onLanguageChange(this, [this] {
        m_mode->setText(tr("&Timing Mode"));
        m_mode->setToolTip(tr("Time the transcript while listening: Return marks where the current segment begins"));
        m_mark->setText(tr("&Mark Segment Start"));
        m_earlier->setText(tr("Move Mark &Earlier"));
        m_later->setText(tr("Move Mark &Later"));
    });
    updateActions();
}

void TapTimingController::updateActions()
{
    const bool ready = m_window->currentDocumentId() && m_player->hasMedia();
    m_mode->setEnabled(ready);
    for (QAction *action : {m_mark, m_earlier, m_later})
        action->setEnabled(ready && m_mode->isChecked());
}

bool TapTimingController::markStart()
{
    Library *library = m_window->library();
    const int row = m_window->reader()->currentRow();
    SegmentModel *segments = m_window->segmentModel();
    if (!library || !m_player->hasMedia() || row < 0 || row >= segments->rowCount())
        return false;
    const qint64 position = m_player->position();
    const QString error = m_window->undoController()->push(
        new SetSegmentStartCommand(*library, m_window->currentDocumentId(), segments->segmentAt(row).id, position));
    if (!error.isEmpty()) {
        fail(error);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Segment %1 starts at %2.").arg(row + 1).arg(markText(position)), 4000);
    if (row + 1 < segments->rowCount()) {
        m_window->reader()->setCurrentRow(row + 1);
        m_window->reader()->scrollToRow(row + 1);
    }
    return true;
}

int TapTimingController::nudgeTarget() const
{
    const int row = m_window->reader()->currentRow();
    SegmentModel *segments = m_window->segmentModel();
    if (row < 0 || row >= segments->rowCount())
        return -1;
    if (segments->segmentAt(row).startMs)
        return row;
    return row > 0 && segments->segmentAt(row - 1).startMs ? row - 1 : -1;
}

bool TapTimingController::nudge(qint64 deltaMs)
{
    Library *library = m_window->library();
    const int row = nudgeTarget();
    if (!library || row < 0) {
        fail(tr("No mark to move: mark a segment's start first."));
        return false;
    }
    const qint64 segmentId = m_window->segmentModel()->segmentAt(row).id;
    const QString error = m_window->undoController()->push(
        new NudgeSegmentCommand(*library, m_window->currentDocumentId(), segmentId, deltaMs));
    if (!error.isEmpty()) {
        fail(error);
        return false;
    }
    if (const auto start = m_window->segmentModel()->segmentAt(row).startMs)
        m_window->statusBar()->showMessage(tr("Segment %1 starts at %2.").arg(row + 1).arg(markText(*start)), 4000);
    return true;
}

void TapTimingController::fail(const QString &message)
{
    m_window->statusBar()->showMessage(message, 8000);
}

} // namespace bitext::ui
