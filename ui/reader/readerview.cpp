#include "ui/reader/readerview.h"

#include "models/core/preferences.h"
#include "models/item/segmentmodel.h"
#include "ui/common/languagechange.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace bitext::ui {

ReaderView::ReaderView(SegmentModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_selection(new QItemSelectionModel(model, this))
    , m_geometry(new ReaderGeometry(model, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("readerNote"));
    m_note->setWordWrap(true);
    m_note->setContentsMargins(12, 6, 12, 6);
    m_note->setBackgroundRole(QPalette::AlternateBase);
    m_note->setAutoFillBackground(true);
    m_note->hide();
    layout->addWidget(m_note);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    for (int i = 0; i < 2; ++i) {
        m_panes[i] = new ReaderPane(m_geometry, m_selection, m_splitter);
        m_panes[i]->setObjectName(QStringLiteral("readerPane%1").arg(i));
        m_splitter->addWidget(m_panes[i]);
        m_splitter->setStretchFactor(i, 1);
        ReaderPane *pane = m_panes[i];
        connect(pane, &ReaderPane::textSelectionChanged, this, [this, pane] { onTextSelectionChanged(pane); });
        connect(pane, &ReaderPane::contextMenuRequested, this,
            [this, pane](const QPoint &globalPos, const ReaderHit &) { showContextMenu(pane, globalPos); });
        connect(pane, &ReaderPane::timeActivated, this, &ReaderView::playRequested);
    }
    layout->addWidget(m_splitter, 1);
    setFocusProxy(m_panes[0]);

    connect(m_selection, &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_geometry->ensureVisible(current.row());
        emit currentRowChanged(current.row());
    });
    connect(m_geometry, &ReaderGeometry::scrolled, this, &ReaderView::notifyVisibleRows);
    connect(m_geometry, &ReaderGeometry::heightsChanged, this, &ReaderView::notifyVisibleRows);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ReaderView::keepPlace);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReaderView::applyArrangement);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReaderView::restorePlace);
    // A translation attached (or taken back) may keep every row and its id: one pane or
    // two all the same.
    connect(m_model, &SegmentModel::documentRefreshed, this, [this] {
        if (arrangementFor(nullptr) != m_geometry->arrangement())
            applyArrangement();
    });
    applyArrangement();
    // Faces and size chosen in Preferences: lay the text out again at once, at this zoom.
    connect(&Preferences::instance(), &Preferences::changed, this, [this](Preferences::Key key) {
        using Key = Preferences::Key;
        if (key == Key::SimplifiedFont || key == Key::TraditionalFont || key == Key::LatinFont || key == Key::FontSize)
            setZoom(zoom());
    });
    // The note on one-language documents is written by applyArrangement. The panes'
    // accessible names come from ReaderAccessible, asked anew each time.
    onLanguageChange(m_note, [this] {
        if (!m_note->isHidden())
            applyArrangement();
    });
}

void ReaderView::setArrangement(ReaderArrangement arrangement)
{
    m_arrangement = arrangement;
    applyArrangement();
    emit arrangementChanged();
}

ReaderArrangement ReaderView::arrangementFor(QString *note) const
{
    const bool zh = m_model->hasText(Side::Zh);
    const bool en = m_model->hasText(Side::En);
    if (m_model->rowCount() == 0 || zh == en)
        return m_arrangement;
    if (note) {
        *note = zh ? tr("This document has only Chinese text, so it is shown in one pane. "
                        "Speakers can still be assigned and passages selected.")
                   : tr("This document has only English text, so it is shown in one pane.");
    }
    return zh ? ReaderArrangement::ZhOnly : ReaderArrangement::EnOnly;
}

void ReaderView::applyArrangement()
{
    QString note;
    const ReaderArrangement effective = arrangementFor(&note);
    const int anchorRow = anchorRowForRelayout();
    m_geometry->setArrangement(effective);
    for (int i = 0; i < 2; ++i) {
        const bool shown = i < m_geometry->columnCount();
        m_panes[i]->setVisible(shown);
        if (shown)
            m_panes[i]->setColumn(i);
        // One scroll bar, at the right edge: the panes scroll together.
        const bool last = i == m_geometry->columnCount() - 1;
        m_panes[i]->setVerticalScrollBarPolicy(last ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    if (anchorRow >= 0)
        m_geometry->scrollToRow(anchorRow);
}

void ReaderView::keepPlace()
{
    const int top = m_geometry->rowCount() ? m_geometry->firstVisibleRow() : -1;
    m_kept = {m_model->documentId(), top, top >= 0 ? m_geometry->scrollY() - m_geometry->rowTop(top) : 0, currentRow()};
}

void ReaderView::restorePlace()
{
    const Place kept = std::exchange(m_kept, Place());
    // Another document starts at its own place (the window restores it).
    if (!kept.documentId || kept.documentId != m_model->documentId() || m_model->rowCount() == 0)
        return;
    if (kept.currentRow >= 0)
        setCurrentRow(kept.currentRow);
    if (kept.topRow >= 0)
        m_geometry->scrollToRowTop(qMin(kept.topRow, m_model->rowCount() - 1), kept.topOffset);
}

// What a screen reader calls each pane: the language it shows.
int ReaderView::anchorRowForRelayout() const
{
    // The current segment if on screen (what the user is reading), else the top one.
    const int current = currentRow();
    if (current >= m_geometry->firstVisibleRow() && current <= m_geometry->lastVisibleRow())
        return current;
    return m_geometry->rowCount() ? m_geometry->firstVisibleRow() : -1;
}

int ReaderView::paneCount() const
{
    return m_geometry->columnCount();
}

ReaderPane *ReaderView::pane(int column) const
{
    return column >= 0 && column < paneCount() ? m_panes[column] : nullptr;
}

ReaderPane *ReaderView::paneForSide(Side side) const
{
    return pane(m_geometry->columnOf(side));
}

QString ReaderView::noteText() const
{
    return m_note->isVisible() ? m_note->text() : QString();
}

int ReaderView::currentRow() const
{
    return m_selection->currentIndex().row();
}

void ReaderView::setCurrentRow(int row)
{
    if (m_model->rowCount() == 0)
        return;
    row = qBound(0, row, m_model->rowCount() - 1);
    m_selection->setCurrentIndex(m_model->index(row), QItemSelectionModel::ClearAndSelect);
    m_geometry->ensureVisible(row);
}

QList<int> ReaderView::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList indexes = m_selection->selectedIndexes();
    for (const QModelIndex &index : indexes)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<qint64> ReaderView::selectedSegmentIds() const
{
    QList<qint64> ids;
    const QList<int> rows = selectedRows();
    for (int row : rows)
        ids << m_model->segmentAt(row).id;
    return ids;
}

void ReaderView::scrollToRow(int row)
{
    m_geometry->scrollToRow(row);
}

void ReaderView::nextTurnOfSpeaker(int direction)
{
    const int current = currentRow();
    if (current < 0)
        return setCurrentRow(0);
    const qint64 speaker = m_model->segmentAt(current).speakerId;
    // A run of one speaker's segments; segments without a speaker form runs too.
    const auto runStart = [this](int row) {
        return row == 0 || m_model->sectionStartingAt(row) >= 0
            || m_model->segmentAt(row - 1).speakerId != m_model->segmentAt(row).speakerId;
    };
    int from = current;
    if (direction < 0) {
        while (from > 0 && !runStart(from))
            --from;
    }
    for (int row = from + direction; row >= 0 && row < m_model->rowCount(); row += direction) {
        if (runStart(row) && m_model->segmentAt(row).speakerId == speaker) {
            setCurrentRow(row);
            return;
        }
    }
}

int ReaderView::readableWidth() const
{
    const int panes = m_geometry->columnCount();
    const int scrollBar = m_panes[panes - 1]->verticalScrollBar()->sizeHint().width();
    // The splitter shares the width equally and the last pane also holds the scroll bar.
    return panes * (m_geometry->readableColumnWidth() + scrollBar) + (panes - 1) * m_splitter->handleWidth();
}

void ReaderView::setZoom(int step)
{
    const int anchorRow = anchorRowForRelayout();
    m_geometry->setZoom(step);
    if (anchorRow >= 0)
        m_geometry->scrollToRow(anchorRow);
    emit zoomChanged(m_geometry->fonts().zoomStep());
}

SegmentTextRange ReaderView::textSelection() const
{
    for (int i = 0; i < paneCount(); ++i) {
        const TextRange r = m_panes[i]->textSelection().normalized();
        if (r.isEmpty() || r.endRow >= m_model->rowCount())
            continue;
        SegmentTextRange result;
        result.side = r.side;
        const Segment &start = m_model->segmentAt(r.startRow);
        const Segment &end = m_model->segmentAt(r.endRow);
        result.startSegmentId = start.id;
        result.startOffset = codePointOffset(start.text(r.side), r.startOffset);
        result.endSegmentId = end.id;
        result.endOffset = codePointOffset(end.text(r.side), r.endOffset);
        result.text = m_panes[i]->selectedText();
        return result;
    }
    return {};
}

TextRange ReaderView::caret() const
{
    if (!m_caretPane)
        return {};
    const TextRange caret = m_caretPane->caret();
    const int row = currentRow();
    if (caret.startRow < 0 || caret.startRow != row || row >= m_model->rowCount()
        || caret.startOffset > m_model->segmentAt(row).text(caret.side).size())
        return {};
    return caret;
}

void ReaderView::onTextSelectionChanged(ReaderPane *source)
{
    if (source->caret().startRow >= 0)
        m_caretPane = source;
    // One text selection at a time across the panes.
    if (!source->textSelection().isEmpty()) {
        for (ReaderPane *pane : m_panes) {
            if (pane != source)
                pane->clearTextSelection();
        }
    }
    emit textSelectionChanged();
}

void ReaderView::addDecorator(const ReaderPane::Decorator &decorator)
{
    if (m_decorators.isEmpty()) {
        const auto combined = [this](int row, Side side) {
            QVector<QTextLayout::FormatRange> formats;
            for (const ReaderPane::Decorator &d : std::as_const(m_decorators))
                formats += d(row, side);
            return formats;
        };
        for (ReaderPane *pane : m_panes)
            pane->setDecorator(combined);
    }
    m_decorators << decorator;
    updateDecorations();
}

void ReaderView::updateDecorations()
{
    for (ReaderPane *pane : m_panes)
        pane->viewport()->update();
}

void ReaderView::setPlayingRow(int row)
{
    m_playingRow = row;
    for (ReaderPane *pane : m_panes)
        pane->setPlayingRow(row);
}

void ReaderView::addContextAction(QAction *action)
{
    m_contextActions << action;
}

QMenu *ReaderView::createContextMenu(ReaderPane *pane)
{
    auto *menu = new QMenu(this);
    QAction *copy
        = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), pane, &ReaderPane::copy);
    copy->setShortcut(QKeySequence::Copy);
    if (!m_contextActions.isEmpty())
        menu->addSeparator();
    menu->addActions(m_contextActions);
    return menu;
}

void ReaderView::showContextMenu(ReaderPane *pane, const QPoint &globalPos)
{
    const std::unique_ptr<QMenu> menu(createContextMenu(pane));
    menu->exec(globalPos);
}

void ReaderView::notifyVisibleRows()
{
    const int first = m_geometry->firstVisibleRow();
    const int last = m_geometry->lastVisibleRow();
    if (first == m_firstVisible && last == m_lastVisible)
        return;
    m_firstVisible = first;
    m_lastVisible = last;
    emit visibleRowsChanged(first, last);
}

QByteArray ReaderView::saveState() const
{
    return m_splitter->saveState();
}

void ReaderView::restoreState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

} // namespace bitext::ui
