#pragma once

#include "ui/reader/textrange.h"

#include <QAbstractScrollArea>
#include <QPointer>
#include <QTextLayout>
#include <QTimer>

#include <functional>

class QItemSelectionModel;

namespace bitext::ui {

class ReaderGeometry;

// Where a point of a pane falls: a row, and a side and text offset when over text.
struct ReaderHit
{
    int row = -1;
    Side side = Side::Zh;
    int offset = -1; // UTF-16 offset into the side's text, -1 when not over text
};

// One column of the reader (one language, or both stacked when interlinear). Paints only
// the rows on screen from the shared ReaderGeometry, shares the segment selection with the
// other pane through one QItemSelectionModel, and selects text with the mouse.
class ReaderPane : public QAbstractScrollArea
{
    Q_OBJECT

public:
    // Extra formats (highlights) for a row's side, painted under the selection.
    using Decorator = std::function<QVector<QTextLayout::FormatRange>(int row, Side side)>;

    ReaderPane(ReaderGeometry *geometry, QItemSelectionModel *selection, QWidget *parent = nullptr);

    void setColumn(int column);
    int column() const { return m_column; }
    ReaderGeometry *geometry() const { return m_geometry; }
    QItemSelectionModel *selectionModel() const;
    void setDecorator(Decorator decorator);

    ReaderHit hitTest(const QPoint &viewportPos) const;
    // Viewport rectangle of a row (for tests and tooltips).
    QRect rowRect(int row) const;
    // Viewport rectangle of the gutter where a row's alignment mark is painted.
    QRect markRect(int row) const;
    // What the alignment mark under a point says (its tooltip), empty off a mark.
    QString markToolTip(const QPoint &viewportPos) const;

    // The segment being heard while media plays (-1 for none), marked apart from the
    // current segment; changing it repaints only the two rows concerned.
    void setPlayingRow(int row);
    int playingRow() const { return m_playingRow; }
    // Where a turn's start time is written beside the speaker, in viewport coordinates
    // (empty when the row shows no time).
    QRect timeRect(int row) const;

    const TextRange &textSelection() const { return m_textSelection; }
    void setTextSelection(const TextRange &range);
    void clearTextSelection();
    QString selectedText() const;
    // Where the last click put the text cursor (a collapsed range, startRow -1 for none):
    // what Split Segment cuts at. It outlives the click, unlike an empty text selection.
    const TextRange &caret() const { return m_caret; }
    void setCaret(Side side, int row, int offset);

    void copy();

signals:
    void textSelectionChanged();
    void contextMenuRequested(const QPoint &globalPos, const ReaderHit &hit);
    // The user double-clicked the time of the turn starting at row (to play from it).
    void timeActivated(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void syncScrollBar();
    void paintRow(QPainter &painter, int row, int y);
    void paintText(QPainter &painter, int row, Side side, const QPointF &origin);
    QColor speakerColor(qint64 speakerId) const;
    void moveCurrent(int row, bool extend);
    void autoScroll();

    ReaderGeometry *m_geometry;
    QPointer<QItemSelectionModel> m_selection;
    int m_column = 0;
    int m_playingRow = -1;
    Decorator m_decorator;
    TextRange m_textSelection;
    TextRange m_caret;
    bool m_selecting = false;
    QPoint m_lastMousePos;
    QTimer m_autoScroll;
    bool m_syncing = false;
    bool m_painting = false;
};

} // namespace bitext::ui
