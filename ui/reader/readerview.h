#pragma once

#include "ui/reader/readergeometry.h"
#include "ui/reader/readerpane.h"
#include "ui/reader/textrange.h"

#include <QList>
#include <QWidget>

class QAction;
class QItemSelectionModel;
class QLabel;
class QMenu;
class QSplitter;

namespace bitext {
class SegmentModel;
}

namespace bitext::ui {

// The reader: the document's segments in one or two aligned panes (side by side in either
// order, one language, or interlinear), with a shared current segment, selection, scroll
// position and zoom. The place where later features hook in: context actions, decorators
// (highlights) and the text selection as segment ids + code-point offsets.
class ReaderView : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderView(SegmentModel *model, QWidget *parent = nullptr);

    SegmentModel *model() const { return m_model; }
    QItemSelectionModel *selectionModel() const { return m_selection; }
    ReaderGeometry *geometry() const { return m_geometry; }

    // The arrangement the user chose; a one-language document shows its one pane instead.
    void setArrangement(ReaderArrangement arrangement);
    ReaderArrangement arrangement() const { return m_arrangement; }
    ReaderArrangement effectiveArrangement() const { return m_geometry->arrangement(); }
    // The language the user reads first: English when the arrangement puts it first or alone.
    Side primarySide() const
    {
        const bool english = m_arrangement == ReaderArrangement::EnZh || m_arrangement == ReaderArrangement::EnOnly;
        return english ? Side::En : Side::Zh;
    }
    int paneCount() const;
    ReaderPane *pane(int column) const;
    ReaderPane *paneForSide(Side side) const;
    QString noteText() const;

    int currentRow() const;
    void setCurrentRow(int row);
    QList<int> selectedRows() const;
    QList<qint64> selectedSegmentIds() const;
    void scrollToRow(int row);

    void nextSegment() { setCurrentRow(currentRow() + 1); }
    void previousSegment() { setCurrentRow(qMax(0, currentRow() - 1)); }
    // Next (or previous, direction -1) turn of the current segment's speaker.
    void nextTurnOfSpeaker(int direction);

    // The width the reader needs for a readable line in every pane (small screens give
    // it this before the side panels keep theirs).
    int readableWidth() const;

    int zoom() const { return m_geometry->fonts().zoomStep(); }
    void setZoom(int step);

    // The current text selection in the library's terms (empty when none).
    SegmentTextRange textSelection() const;
    // The text cursor of the pane clicked last, while it is on the current row (startRow
    // -1 otherwise): side, row and UTF-16 offset.
    TextRange caret() const;
    // Adds a source of extra formats (highlights, find hits); the panes paint the formats of
    // every decorator, in the order added, under the text selection. Call
    // updateDecorations() when what a decorator returns has changed.
    void addDecorator(const ReaderPane::Decorator &decorator);
    void updateDecorations();
    // Actions offered in the panes' context menu after Copy (issue 5: Highlight, Tag...).
    void addContextAction(QAction *action);
    // The panes' context menu, as a right click or the Menu key opens it: Copy, then those
    // actions. The caller owns it.
    QMenu *createContextMenu(ReaderPane *pane);

    // Marks the segment being heard in every pane (-1: none); follow-along keeps it in view.
    void setPlayingRow(int row);
    int playingRow() const { return m_playingRow; }
    // Scrolls the least needed to show a row whole (nothing when it already is).
    void ensureRowVisible(int row) { m_geometry->ensureVisible(row); }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void arrangementChanged();
    void currentRowChanged(int row);
    void visibleRowsChanged(int first, int last);
    void textSelectionChanged();
    void zoomChanged(int step);
    // The user double-clicked a turn's time: play from that row.
    void playRequested(int row);

private:
    void applyArrangement();
    // The arrangement the document's text allows (one pane when it has one language,
    // explained in `note`), else the chosen one.
    ReaderArrangement arrangementFor(QString *note) const;
    // Around a reset of the open document's rows (its text replaced, here or elsewhere):
    // remember the place, then go back to the same row and pixel and current row.
    void keepPlace();
    void restorePlace();
    int anchorRowForRelayout() const;
    void notifyVisibleRows();
    void onTextSelectionChanged(ReaderPane *source);
    void showContextMenu(ReaderPane *pane, const QPoint &globalPos);

    SegmentModel *m_model;
    QItemSelectionModel *m_selection;
    ReaderGeometry *m_geometry;
    ReaderArrangement m_arrangement = ReaderArrangement::ZhEn;
    QLabel *m_note;
    QSplitter *m_splitter;
    ReaderPane *m_panes[2];
    QList<QAction *> m_contextActions;
    ReaderPane *m_caretPane = nullptr;
    QList<ReaderPane::Decorator> m_decorators;
    int m_playingRow = -1;
    int m_firstVisible = -1;
    int m_lastVisible = -1;
    struct Place
    {
        qint64 documentId = 0;
        int topRow = -1;
        int topOffset = 0;
        int currentRow = -1;
    };
    Place m_kept;
};

} // namespace bitext::ui
