#include "ui/reader/segmentrepaircontroller.h"

#include "models/align/segmentrepair.h"
#include "models/item/segmentmodel.h"
#include "ui/commands/marksegmentscommand.h"
#include "ui/commands/resplitsegmentscommand.h"
#include "ui/common/languagechange.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/readonlybanner.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QMenu>
#include <QStatusBar>

namespace bitext::ui {

SegmentRepairController::SegmentRepairController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("segmentRepairController"));
    const auto make = [this](const char *name, const QKeySequence &shortcut) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        return action;
    };
    split = make("splitSegmentAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    merge = make("mergeSegmentsAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    moveToPrevious = make("moveSentenceToPreviousAction", QKeySequence(Qt::ALT | Qt::Key_Up));
    moveToNext = make("moveSentenceToNextAction", QKeySequence(Qt::ALT | Qt::Key_Down));
    untranslated = make("markUntranslatedAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    untranslated->setCheckable(true);
    accept = make("acceptPairingAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    const QList<QAction *> actions {split, merge, moveToPrevious, moveToNext, untranslated, accept};

    QMenu *edit = window->menu(MainWindow::Menu::Edit);
    edit->addSeparator();
    menu = edit->addMenu(QString());
    menu->setObjectName(QStringLiteral("alignmentMenu"));
    menu->addActions({split, merge});
    menu->addSeparator();
    menu->addActions({moveToPrevious, moveToNext});
    menu->addSeparator();
    menu->addActions({untranslated, accept});

    ReaderView *reader = window->reader();
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    reader->addContextAction(separator);
    for (QAction *action : actions) {
        reader->addContextAction(action);
        // Typed in the reader only: Alt+Down in a list or Ctrl+Shift+U in a text field
        // must not re-split the document out of sight.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        reader->addAction(action);
    }
    window->readOnlyBanner()->addEditActions(actions);

    connect(split, &QAction::triggered, this, &SegmentRepairController::onSplit);
    connect(merge, &QAction::triggered, this, &SegmentRepairController::onMerge);
    connect(moveToPrevious, &QAction::triggered, this, [this] { onMove(true); });
    connect(moveToNext, &QAction::triggered, this, [this] { onMove(false); });
    connect(untranslated, &QAction::triggered, this, &SegmentRepairController::onUntranslated);
    connect(accept, &QAction::triggered, this, &SegmentRepairController::onAccept);

    SegmentModel *model = window->segmentModel();
    connect(reader, &ReaderView::currentRowChanged, this, &SegmentRepairController::updateActions);
    connect(reader, &ReaderView::textSelectionChanged, this, &SegmentRepairController::updateActions);
    connect(reader->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SegmentRepairController::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &SegmentRepairController::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &SegmentRepairController::updateActions);
    connect(qApp, &QApplication::focusChanged, this, &SegmentRepairController::updateActions);
    onLanguageChange(this, [this] { retranslate(); });
    updateActions();
}

void SegmentRepairController::retranslate()
{
    menu->setTitle(tr("A&lignment"));
    split->setText(tr("&Split Segment at Cursor"));
    merge->setText(tr("&Merge with Next Segment"));
    moveToPrevious->setText(tr("Move First Sentence to Pre&vious Segment"));
    moveToNext->setText(tr("Move Last Sentence to Ne&xt Segment"));
    untranslated->setText(tr("Mark as &Untranslated"));
    accept->setText(tr("Acc&ept Pairing"));
    accept->setToolTip(tr("Confirm the pairing of a segment the aligner was unsure of"));
}

const Segment *SegmentRepairController::current() const
{
    const int row = m_window->reader()->currentRow();
    SegmentModel *model = m_window->segmentModel();
    return row >= 0 && row < model->rowCount() ? &model->segmentAt(row) : nullptr;
}

const Segment *SegmentRepairController::neighbour(int step) const
{
    const int row = m_window->reader()->currentRow() + step;
    SegmentModel *model = m_window->segmentModel();
    return row >= 0 && row < model->rowCount() ? &model->segmentAt(row) : nullptr;
}

Side SegmentRepairController::side() const
{
    ReaderView *reader = m_window->reader();
    const TextRange caret = reader->caret();
    if (caret.startRow >= 0)
        return caret.side;
    for (Side side : {Side::Zh, Side::En}) {
        ReaderPane *pane = reader->paneForSide(side);
        if (pane && pane->hasFocus() && reader->paneForSide(side == Side::Zh ? Side::En : Side::Zh) != pane)
            return side;
    }
    return reader->primarySide();
}

QList<qint64> SegmentRepairController::selectedOrCurrent() const
{
    QList<qint64> ids = m_window->reader()->selectedSegmentIds();
    if (ids.isEmpty() && current())
        ids << current()->id;
    return ids;
}

void SegmentRepairController::updateActions()
{
    const Segment *segment = current();
    const TextRange caret = m_window->reader()->caret();
    const Side side = this->side();
    const bool canSplit = segment && caret.startRow >= 0
        && SegmentRepair::canSplit(*segment, caret.side, codePointOffset(segment->text(caret.side), caret.startOffset));
    split->setEnabled(canSplit);
    merge->setEnabled(segment && SegmentRepair::canMerge(neighbour(1)));
    moveToPrevious->setEnabled(segment && SegmentRepair::canMoveFirstSentence(*segment, neighbour(-1), side));
    moveToNext->setEnabled(segment && SegmentRepair::canMoveLastSentence(*segment, neighbour(1), side));
    untranslated->setEnabled(segment && SegmentRepair::canMarkUntranslated(*segment));
    untranslated->setChecked(segment && segment->untranslated);
    accept->setEnabled(segment && SegmentRepair::needsReview(*segment));
}

void SegmentRepairController::run(LibraryCommand *command, int row)
{
    const QString error = m_window->undoController()->push(command);
    if (!error.isEmpty()) {
        m_window->statusBar()->showMessage(error, 10000);
        return;
    }
    if (row >= 0 && row < m_window->segmentModel()->rowCount())
        m_window->reader()->setCurrentRow(row);
    updateActions();
}

void SegmentRepairController::onSplit()
{
    const Segment *segment = current();
    const TextRange caret = m_window->reader()->caret();
    if (!segment || caret.startRow < 0)
        return;
    const int offset = codePointOffset(segment->text(caret.side), caret.startOffset);
    if (!SegmentRepair::canSplit(*segment, caret.side, offset))
        return;
    run(ResplitSegmentsCommand::split(*m_window->library(), segment->documentId, segment->id, caret.side, offset),
        caret.startRow + 1);
}

void SegmentRepairController::onMerge()
{
    const Segment *segment = current();
    if (!segment || !neighbour(1))
        return;
    run(ResplitSegmentsCommand::mergeWithNext(*m_window->library(), segment->documentId, segment->id),
        m_window->reader()->currentRow());
}

void SegmentRepairController::onMove(bool toPrevious)
{
    const Segment *segment = current();
    if (!segment)
        return;
    const Side side = this->side();
    const int row = m_window->reader()->currentRow();
    if (toPrevious) {
        if (!SegmentRepair::canMoveFirstSentence(*segment, neighbour(-1), side))
            return;
        run(ResplitSegmentsCommand::moveFirstSentenceToPrevious(
                *m_window->library(), segment->documentId, segment->id, side),
            row);
    } else {
        if (!SegmentRepair::canMoveLastSentence(*segment, neighbour(1), side))
            return;
        run(ResplitSegmentsCommand::moveLastSentenceToNext(
                *m_window->library(), segment->documentId, segment->id, side),
            row);
    }
}

void SegmentRepairController::onUntranslated()
{
    const Segment *segment = current();
    if (!segment)
        return;
    const bool mark = !segment->untranslated;
    QList<qint64> ids;
    SegmentModel *model = m_window->segmentModel();
    for (qint64 id : selectedOrCurrent()) {
        const int row = model->rowOfSegment(id);
        if (row >= 0 && model->segmentAt(row).untranslated != mark
            && SegmentRepair::canMarkUntranslated(model->segmentAt(row)))
            ids << id;
    }
    if (!ids.isEmpty())
        run(MarkSegmentsCommand::untranslated(*m_window->library(), segment->documentId, ids, mark), -1);
    updateActions();
}

void SegmentRepairController::onAccept()
{
    const Segment *segment = current();
    if (!segment)
        return;
    QList<qint64> ids;
    SegmentModel *model = m_window->segmentModel();
    for (qint64 id : selectedOrCurrent()) {
        const int row = model->rowOfSegment(id);
        if (row >= 0 && SegmentRepair::needsReview(model->segmentAt(row)))
            ids << id;
    }
    if (!ids.isEmpty())
        run(MarkSegmentsCommand::accept(*m_window->library(), segment->documentId, ids), -1);
}

} // namespace bitext::ui
