#pragma once

#include "models/domain/segment.h"
#include "ui/reader/readerfonts.h"
#include "ui/reader/rowoffsets.h"

#include <QCache>
#include <QObject>
#include <QTextLayout>
#include <QTimer>
#include <QVector>

namespace bitext {
class SegmentModel;
}

namespace bitext::ui {

// How the reader arranges the two languages.
enum class ReaderArrangement { ZhEn, EnZh, ZhOnly, EnOnly, Interlinear };

// The vertical layout shared by the reader panes: one row per segment, as tall as its
// tallest column, so row i lines up in every pane. Rows are laid out lazily: the visible
// ones exactly, the rest estimated from their length and measured in idle time, so a
// 20,000-segment document opens at once. Also holds the shared scroll position, kept as
// (row, offset in row) so measuring rows above the screen never moves the text.
class ReaderGeometry : public QObject
{
    Q_OBJECT

public:
    explicit ReaderGeometry(SegmentModel *model, QObject *parent = nullptr);

    SegmentModel *model() const { return m_model; }
    void setArrangement(ReaderArrangement arrangement);
    ReaderArrangement arrangement() const { return m_arrangement; }
    int columnCount() const { return int(m_columns.size()); }
    const QVector<Side> &sidesOf(int column) const { return m_columns.at(column); }
    // The pane showing `column` reports its viewport width here.
    void setColumnWidth(int column, int width);
    void setViewportHeight(int height);
    int viewportHeight() const { return m_viewportHeight; }
    // While set, ensureVisible() leaves the scroll position alone: a click must not move
    // the text under the mouse (a row taller than the view would jump to its top).
    void setHoldScroll(bool hold) { m_holdScroll = hold; }

    void setZoom(int step);
    const ReaderFonts &fonts() const { return m_fonts; }
    // Chinese whose characters could be either script is drawn as its document is.
    bool isTraditionalDocument() const { return m_traditional; }

    // Rows.
    int rowCount() const { return m_offsets.count(); }
    int rowTop(int row) const { return m_offsets.top(row); }
    int rowHeight(int row) const { return m_offsets.height(row); }
    int totalHeight() const { return m_offsets.total(); }
    int rowAt(int y) const { return m_offsets.rowAt(y); }
    // Lays out these rows exactly (cheap when already done).
    void measure(int firstRow, int lastRow);
    bool allMeasured() const { return m_unmeasured == 0; }

    // Parts of a row, as y offsets from the row's top.
    int headingTop(int row) const;
    int headingHeight(int row) const;
    int turnTop(int row) const;
    int turnHeight(int row) const;
    int bodyTop(int row) const;
    // Offset of a side's text block inside the body (non-zero for English in interlinear).
    int sideTop(int row, Side side) const;
    int margin() const { return m_margin; }
    int textWidth(int column) const;
    // The narrowest column that still reads comfortably: kReadableEms Chinese characters
    // (about twice as many Latin ones) a line, with its margins.
    static constexpr int kReadableEms = 18;
    int readableColumnWidth() const;
    // Where text starts in a column's pane.
    int textLeft(int column) const;
    int columnOf(Side side) const;
    // The laid-out text of a row's side, lines positioned from y = 0. Cached.
    QTextLayout *textLayout(int row, Side side);

    // Shared scroll position.
    int scrollY() const;
    int maxScrollY() const { return qMax(0, totalHeight() - m_viewportHeight); }
    void scrollToY(int y);
    // Scrolls the least needed to show the row whole (or its top when taller than the view).
    void ensureVisible(int row);
    // Puts a row near the top of the view, with a little context above.
    void scrollToRow(int row);
    // Scrolls to exactly `offset` pixels into a row (a reading position kept earlier).
    void scrollToRowTop(int row, int offset);
    int firstVisibleRow() const;
    int lastVisibleRow() const;

signals:
    void heightsChanged();
    void scrolled();
    // Fonts, widths or arrangement changed: everything must be repainted.
    void layoutChanged();

private:
    struct RowStats
    {
        int wide[2] = {0, 0}; // CJK characters per side
        int narrow[2] = {0, 0};
    };

    void rebuild();
    void invalidate();
    int estimateHeight(int row) const;
    int exactHeight(int row);
    int layoutText(QTextLayout &layout, const QString &text, Side side) const;
    int sideHeight(int row, Side side, bool exact);
    int bodyHeight(int row, bool exact);
    int rowHeightFor(int row, int body) const;
    void measureSome();
    void setAnchor(int y);

    SegmentModel *m_model; // outlives the geometry (the window owns both)
    ReaderArrangement m_arrangement = ReaderArrangement::ZhEn;
    QVector<QVector<Side>> m_columns;
    QVector<int> m_columnWidths;
    int m_viewportHeight = 600;
    bool m_holdScroll = false;
    ReaderFonts m_fonts;
    bool m_traditional = false;
    int m_margin = 16;
    int m_maxTextWidth = 800;
    int m_pad = 6;
    int m_turnGap = 10;
    int m_sideGap = 6;
    int m_headingExtra = 20;
    qreal m_wideWidth[2] = {16, 16};
    qreal m_narrowWidth[2] = {8, 8};
    int m_lineHeight[2] = {20, 20};

    QVector<RowStats> m_stats;
    QVector<bool> m_measured;
    int m_unmeasured = 0;
    int m_nextToMeasure = 0;
    RowOffsets m_offsets;
    QCache<quint64, QTextLayout> m_layouts;
    QTimer m_idle;

    int m_anchorRow = 0;
    int m_anchorOffset = 0;
};

} // namespace bitext::ui
