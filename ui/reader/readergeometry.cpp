#include "ui/reader/readergeometry.h"

#include "models/item/segmentmodel.h"

#include <QElapsedTimer>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QtMath>

namespace bitext::ui {

namespace {

int sideIndex(Side side)
{
    return side == Side::Zh ? 0 : 1;
}

bool isWide(QChar c)
{
    // CJK ideographs, kana, Hangul and full-width punctuation take a full em.
    const ushort u = c.unicode();
    return u >= 0x2E80 && !(u >= 0xFF61 && u <= 0xFFDC);
}

} // namespace

ReaderGeometry::ReaderGeometry(SegmentModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    m_layouts.setMaxCost(1500);
    m_idle.setInterval(0);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &ReaderGeometry::measureSome);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReaderGeometry::rebuild);
    // Speaker changes move turn boundaries, hence heights; the rows stay.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReaderGeometry::invalidate);
    setArrangement(ReaderArrangement::ZhEn);
    setZoom(0);
    rebuild();
}

void ReaderGeometry::setArrangement(ReaderArrangement arrangement)
{
    m_arrangement = arrangement;
    switch (arrangement) {
    case ReaderArrangement::ZhEn:
        m_columns = {QVector<Side>{Side::Zh}, QVector<Side>{Side::En}};
        break;
    case ReaderArrangement::EnZh:
        m_columns = {QVector<Side>{Side::En}, QVector<Side>{Side::Zh}};
        break;
    case ReaderArrangement::ZhOnly:
        m_columns = {QVector<Side>{Side::Zh}};
        break;
    case ReaderArrangement::EnOnly:
        m_columns = {QVector<Side>{Side::En}};
        break;
    case ReaderArrangement::Interlinear:
        m_columns = {QVector<Side>{Side::Zh, Side::En}};
        break;
    }
    m_columnWidths.resize(m_columns.size());
    invalidate();
}

void ReaderGeometry::setColumnWidth(int column, int width)
{
    if (column < 0 || column >= m_columnWidths.size() || m_columnWidths.at(column) == width)
        return;
    m_columnWidths[column] = width;
    invalidate();
}

void ReaderGeometry::setViewportHeight(int height)
{
    m_viewportHeight = qMax(1, height);
}

void ReaderGeometry::setZoom(int step)
{
    m_fonts = ReaderFonts(step);
    for (Side side : {Side::Zh, Side::En}) {
        const QFont &font = m_fonts.text(side);
        const QFontMetricsF fm(font);
        const int i = sideIndex(side);
        m_wideWidth[i] = fm.horizontalAdvance(QChar(0x4E2D));
        m_narrowWidth[i] = fm.averageCharWidth() * 1.05;
        // Comfortable reading: CJK wants more air between lines than Latin text.
        const qreal em = QFontInfo(font).pixelSize();
        m_lineHeight[i] = qCeil(qMax(fm.height(), em * (side == Side::Zh ? 1.8 : 1.6)));
    }
    const int line = m_lineHeight[sideIndex(Side::En)];
    m_pad = qRound(line * 0.25);
    m_turnGap = qRound(line * 0.55);
    m_sideGap = qRound(line * 0.3);
    m_headingExtra = qRound(line * 1.0);
    m_margin = qRound(line * 0.8);
    // About 44 Chinese characters or 80 Latin ones a line: beyond that, eyes lose the line.
    m_maxTextWidth = qRound(QFontInfo(m_fonts.text(Side::Zh)).pixelSize() * 44.0);
    invalidate();
}

void ReaderGeometry::rebuild()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    m_stats.resize(rows);
    for (int row = 0; row < rows; ++row) {
        RowStats stats;
        const Segment &s = m_model->segmentAt(row);
        for (Side side : {Side::Zh, Side::En}) {
            const int i = sideIndex(side);
            for (const QChar c : s.text(side)) {
                if (isWide(c))
                    ++stats.wide[i];
                else
                    ++stats.narrow[i];
            }
        }
        m_stats[row] = stats;
    }
    m_traditional = m_model && ReaderFonts::isTraditionalDocument(*m_model);
    m_anchorRow = 0;
    m_anchorOffset = 0;
    invalidate();
}

void ReaderGeometry::invalidate()
{
    m_layouts.clear();
    const int rows = int(m_stats.size());
    m_measured.fill(false, rows);
    m_unmeasured = rows;
    m_nextToMeasure = 0;
    QVector<int> heights(rows);
    for (int row = 0; row < rows; ++row)
        heights[row] = estimateHeight(row);
    m_offsets.reset(heights);
    if (m_anchorRow >= rows)
        m_anchorRow = qMax(0, rows - 1);
    if (rows > 0)
        m_idle.start();
    emit layoutChanged();
    emit heightsChanged();
}

int ReaderGeometry::textWidth(int column) const
{
    return qBound(60, m_columnWidths.value(column) - 2 * m_margin, m_maxTextWidth);
}

int ReaderGeometry::readableColumnWidth() const
{
    return qCeil(kReadableEms * m_wideWidth[sideIndex(Side::Zh)]) + 2 * m_margin;
}

int ReaderGeometry::textLeft(int column) const
{
    // A wide single column is centred at a readable measure rather than run edge to edge.
    return m_margin + qMax(0, (m_columnWidths.value(column) - 2 * m_margin - textWidth(column)) / 2);
}

int ReaderGeometry::columnOf(Side side) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).contains(side))
            return c;
    }
    return -1;
}

int ReaderGeometry::headingHeight(int row) const
{
    if (m_model->sectionStartingAt(row) < 0)
        return 0;
    return m_headingExtra + qCeil(QFontMetricsF(m_fonts.heading()).height()) + m_pad * 2;
}

int ReaderGeometry::turnHeight(int row) const
{
    return m_model->isTurnStart(row) ? qCeil(QFontMetricsF(m_fonts.speaker()).height()) + m_pad : 0;
}

int ReaderGeometry::headingTop(int row) const
{
    Q_UNUSED(row)
    return m_pad;
}

int ReaderGeometry::turnTop(int row) const
{
    return m_pad + headingHeight(row) + (m_model->isTurnStart(row) && row > 0 ? m_turnGap : 0);
}

int ReaderGeometry::bodyTop(int row) const
{
    return turnTop(row) + turnHeight(row);
}

int ReaderGeometry::rowHeightFor(int row, int body) const
{
    return bodyTop(row) + body + m_pad;
}

int ReaderGeometry::estimateHeight(int row) const
{
    int body = 0;
    for (int c = 0; c < m_columns.size(); ++c) {
        int column = 0;
        const qreal width = textWidth(c);
        for (Side side : m_columns.at(c)) {
            const int i = sideIndex(side);
            const RowStats &stats = m_stats.at(row);
            if (stats.wide[i] + stats.narrow[i] == 0)
                continue;
            const int lines = qMax(1, qCeil((stats.wide[i] * m_wideWidth[i] + stats.narrow[i] * m_narrowWidth[i]) / width));
            column += (column ? m_sideGap : 0) + lines * m_lineHeight[i];
        }
        body = qMax(body, column);
    }
    return rowHeightFor(row, qMax(body, m_lineHeight[0]));
}

int ReaderGeometry::layoutText(QTextLayout &layout, const QString &text, Side side) const
{
    const int i = sideIndex(side);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setText(text);
    layout.setFont(m_fonts.text(side, text, m_traditional));
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    const qreal width = textWidth(qMax(0, columnOf(side)));
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        // Centre the glyphs in the taller reading line.
        line.setPosition(QPointF(0, y + (m_lineHeight[i] - line.height()) / 2));
        y += m_lineHeight[i];
    }
    layout.endLayout();
    return qCeil(y);
}

QTextLayout *ReaderGeometry::textLayout(int row, Side side)
{
    const quint64 key = quint64(row) * 2 + quint64(sideIndex(side));
    if (QTextLayout *cached = m_layouts.object(key))
        return cached;
    auto *layout = new QTextLayout;
    layoutText(*layout, m_model->segmentAt(row).text(side), side);
    m_layouts.insert(key, layout);
    return layout;
}

int ReaderGeometry::sideHeight(int row, Side side, bool exact)
{
    const QString &text = m_model->segmentAt(row).text(side);
    if (text.isEmpty())
        return 0;
    if (exact)
        return textLayout(row, side)->lineCount() * m_lineHeight[sideIndex(side)];
    QTextLayout layout;
    return layoutText(layout, text, side);
}

int ReaderGeometry::bodyHeight(int row, bool cached)
{
    int body = 0;
    for (const QVector<Side> &column : std::as_const(m_columns)) {
        int height = 0;
        for (Side side : column) {
            const int h = sideHeight(row, side, cached);
            if (h > 0)
                height += (height ? m_sideGap : 0) + h;
        }
        body = qMax(body, height);
    }
    return qMax(body, m_lineHeight[0]);
}

int ReaderGeometry::sideTop(int row, Side side) const
{
    const QVector<Side> &column = m_columns.value(columnOf(side));
    if (column.size() < 2 || column.first() == side)
        return 0;
    const QString &first = m_model->segmentAt(row).text(column.first());
    if (first.isEmpty())
        return 0;
    auto *self = const_cast<ReaderGeometry *>(this); // the layout cache is logically const
    return self->textLayout(row, column.first())->lineCount() * m_lineHeight[sideIndex(column.first())] + m_sideGap;
}

void ReaderGeometry::measure(int firstRow, int lastRow)
{
    firstRow = qMax(0, firstRow);
    lastRow = qMin(lastRow, rowCount() - 1);
    bool changed = false;
    for (int row = firstRow; row <= lastRow; ++row) {
        if (m_measured.at(row))
            continue;
        const int height = rowHeightFor(row, bodyHeight(row, true));
        changed = changed || height != m_offsets.height(row);
        m_offsets.setHeight(row, height);
        m_measured[row] = true;
        --m_unmeasured;
    }
    if (changed)
        emit heightsChanged();
}

void ReaderGeometry::measureSome()
{
    // Small slices keep input and painting responsive while the rest is measured.
    QElapsedTimer clock;
    clock.start();
    bool changed = false;
    const int rows = rowCount();
    while (m_unmeasured > 0 && clock.elapsed() < 6) {
        for (int n = 0; n < 16 && m_unmeasured > 0; ++n) {
            while (m_measured.at(m_nextToMeasure))
                m_nextToMeasure = (m_nextToMeasure + 1) % rows;
            const int row = m_nextToMeasure;
            const int height = rowHeightFor(row, bodyHeight(row, false));
            changed = changed || height != m_offsets.height(row);
            m_offsets.setHeight(row, height);
            m_measured[row] = true;
            --m_unmeasured;
        }
    }
    if (m_unmeasured > 0)
        m_idle.start();
    if (changed)
        emit heightsChanged();
}

int ReaderGeometry::scrollY() const
{
    if (rowCount() == 0)
        return 0;
    return qBound(0, rowTop(m_anchorRow) + m_anchorOffset, maxScrollY());
}

void ReaderGeometry::setAnchor(int y)
{
    m_anchorRow = qMax(0, rowAt(y));
    m_anchorOffset = rowCount() ? y - rowTop(m_anchorRow) : 0;
}

void ReaderGeometry::scrollToY(int y)
{
    y = qBound(0, y, maxScrollY());
    if (y == scrollY() && rowTop(m_anchorRow) + m_anchorOffset == y)
        return;
    setAnchor(y);
    emit scrolled();
}

void ReaderGeometry::ensureVisible(int row)
{
    if (m_holdScroll || row < 0 || row >= rowCount())
        return;
    measure(row, row);
    const int top = rowTop(row);
    const int bottom = top + rowHeight(row);
    const int y = scrollY();
    if (top < y)
        scrollToY(top);
    else if (bottom > y + m_viewportHeight)
        scrollToY(qMin(top, bottom - m_viewportHeight));
}

void ReaderGeometry::scrollToRow(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    // Measure the screenful from the row so the anchor lands on exact heights.
    measure(row - 2, row + 30);
    scrollToY(rowTop(row) - m_lineHeight[0]);
}

void ReaderGeometry::scrollToRowTop(int row, int offset)
{
    if (row < 0 || row >= rowCount())
        return;
    measure(row - 2, row + 30);
    scrollToY(rowTop(row) + qBound(0, offset, rowHeight(row) - 1));
}

int ReaderGeometry::firstVisibleRow() const
{
    return rowAt(scrollY());
}

int ReaderGeometry::lastVisibleRow() const
{
    return rowAt(scrollY() + m_viewportHeight - 1);
}

} // namespace bitext::ui
