#include "ui/reader/readerpane.h"

#include "models/item/segmentmodel.h"
#include "ui/align/alignmentmark.h"
#include "ui/common/clocktext.h"
#include "ui/reader/readeraccessibleevents.h"
#include "ui/reader/readergeometry.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QFontMetricsF>
#include <QItemSelectionModel>
#include <QPainter>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTextBoundaryFinder>
#include <QToolTip>

#include <utility>

namespace bitext::ui {

namespace {

QPoint eventPos(const QMouseEvent *event)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return event->position().toPoint();
#else
    return event->pos();
#endif
}

QPoint eventPos(const QContextMenuEvent *event)
{
    return event->pos();
}

} // namespace

ReaderPane::ReaderPane(ReaderGeometry *geometry, QItemSelectionModel *selection, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_geometry(geometry)
    , m_selection(selection)
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    m_autoScroll.setInterval(30);
    connect(&m_autoScroll, &QTimer::timeout, this, &ReaderPane::autoScroll);
    connect(m_geometry, &ReaderGeometry::heightsChanged, this, [this] {
        syncScrollBar();
        // Heights measured by this pane's own paint need no second paint.
        if (!m_painting)
            viewport()->update();
    });
    connect(m_geometry, &ReaderGeometry::scrolled, this, [this] {
        syncScrollBar();
        viewport()->update();
    });
    connect(m_geometry, &ReaderGeometry::layoutChanged, viewport(), qOverload<>(&QWidget::update));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_syncing)
            m_geometry->scrollToY(value);
    });
    connect(m_selection, &QItemSelectionModel::currentChanged, viewport(), qOverload<>(&QWidget::update));
    connect(m_selection, &QItemSelectionModel::selectionChanged, viewport(), qOverload<>(&QWidget::update));
    connect(m_geometry->model(), &QAbstractItemModel::modelReset, this, &ReaderPane::clearTextSelection);
    new ReaderAccessibleEvents(this); // tells screen readers about the current row
}

void ReaderPane::setColumn(int column)
{
    m_column = column;
    clearTextSelection();
    m_geometry->setColumnWidth(m_column, viewport()->width());
    viewport()->update();
}

QItemSelectionModel *ReaderPane::selectionModel() const
{
    return m_selection;
}

void ReaderPane::setDecorator(Decorator decorator)
{
    m_decorator = std::move(decorator);
    viewport()->update();
}

void ReaderPane::setPlayingRow(int row)
{
    if (row == m_playingRow)
        return;
    const int before = std::exchange(m_playingRow, row);
    const int count = m_geometry->rowCount();
    for (int r : {before, row}) {
        if (r >= 0 && r < count && r >= m_geometry->firstVisibleRow() && r <= m_geometry->lastVisibleRow())
            viewport()->update(rowRect(r));
    }
}

QRect ReaderPane::timeRect(int row) const
{
    const SegmentModel *model = m_geometry->model();
    if (row < 0 || row >= m_geometry->rowCount() || !model->isTurnStart(row) || !model->segmentAt(row).startMs)
        return {};
    const Segment &segment = model->segmentAt(row);
    const QFontMetricsF fm(m_geometry->fonts().speaker());
    const qreal x
        = m_geometry->textLeft(m_column) + fm.horizontalAdvance(segment.speaker) + fm.averageCharWidth() * 1.5;
    const QFontMetricsF timeFm(m_geometry->fonts().time());
    const qreal width = timeFm.horizontalAdvance(clockText(double(*segment.startMs / 1000)));
    const int top = m_geometry->rowTop(row) - m_geometry->scrollY() + m_geometry->turnTop(row);
    return QRectF(x, top, width, fm.height()).toAlignedRect();
}

void ReaderPane::syncScrollBar()
{
    m_syncing = true;
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, m_geometry->maxScrollY());
    bar->setPageStep(viewport()->height());
    bar->setSingleStep(qMax(20, int(QFontMetricsF(m_geometry->fonts().text(Side::En)).height() * 3)));
    bar->setValue(m_geometry->scrollY());
    m_syncing = false;
}

void ReaderPane::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    m_geometry->setViewportHeight(viewport()->height());
    m_geometry->setColumnWidth(m_column, viewport()->width());
    syncScrollBar();
}

void ReaderPane::scrollContentsBy(int, int)
{
    viewport()->update(); // the geometry repaints from its anchor; no pixel blitting
}

QRect ReaderPane::rowRect(int row) const
{
    return QRect(0, m_geometry->rowTop(row) - m_geometry->scrollY(), viewport()->width(), m_geometry->rowHeight(row));
}

QColor ReaderPane::speakerColor(qint64 speakerId) const
{
    QColor c = m_geometry->model()->speakerColor(speakerId);
    if (!c.isValid())
        return palette().color(QPalette::PlaceholderText);
    // On a dark base the palette's mid-lightness hues are too dim to read.
    if (palette().color(QPalette::Base).lightness() < 128 && c.lightness() < 165)
        c.setHsl(c.hslHue(), c.hslSaturation(), 175);
    return c;
}

void ReaderPane::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    if (m_geometry->rowCount() == 0 || m_column >= m_geometry->columnCount())
        return;
    // Measuring the visible rows can change their heights; repeat until stable.
    int first = 0;
    int last = 0;
    m_painting = true;
    for (int pass = 0; pass < 3; ++pass) {
        first = m_geometry->firstVisibleRow();
        last = m_geometry->lastVisibleRow();
        if (m_geometry->allMeasured())
            break;
        m_geometry->measure(first, last + 1);
    }
    m_painting = false;
    const int scrollY = m_geometry->scrollY();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int row = first; row <= last && row < m_geometry->rowCount(); ++row)
        paintRow(painter, row, m_geometry->rowTop(row) - scrollY);
}

void ReaderPane::paintRow(QPainter &painter, int row, int y)
{
    const SegmentModel *model = m_geometry->model();
    const Segment &segment = model->segmentAt(row);
    const int width = viewport()->width();
    const int margin = m_geometry->margin();
    const int left = m_geometry->textLeft(m_column);
    const int textWidth = m_geometry->textWidth(m_column);
    const int height = m_geometry->rowHeight(row);
    const QPalette &pal = palette();
    const int body = m_geometry->bodyTop(row);
    // A selected segment is marked from its speaker line down, not over the heading or gap.
    const int markTop = model->isTurnStart(row) ? m_geometry->turnTop(row) - margin / 4 : body - margin / 4;
    const QRect bodyRect(0, y + markTop, width, height - markTop);

    const bool current = m_selection->currentIndex().row() == row;
    if (row == m_playingRow) {
        // What is being heard: a warm tint, apart from the selection's highlight colour.
        QColor heard
            = pal.color(QPalette::Base).lightness() < 128 ? QColor(255, 190, 60, 60) : QColor(255, 200, 40, 70);
        painter.fillRect(bodyRect, heard);
        heard.setAlpha(220);
        painter.fillRect(
            QRect(width - qMax(3, margin / 4), bodyRect.top(), qMax(3, margin / 4), bodyRect.height()), heard);
    }
    if (m_selection->isRowSelected(row, QModelIndex())) {
        QColor fill = pal.color(QPalette::Highlight);
        fill.setAlpha(hasFocus() ? 48 : 32);
        painter.fillRect(bodyRect, fill);
    }
    if (current) {
        QColor accent = pal.color(QPalette::Highlight);
        accent.setAlpha(hasFocus() ? 255 : 110);
        // Beside the text, also when a single column is centred in a wide pane.
        painter.fillRect(QRect(qMax(0, left - margin), bodyRect.top(), qMax(3, margin / 4), bodyRect.height()), accent);
    }
    if (m_column == 0) // once a row, in the first pane's gutter
        AlignmentMark::paint(painter, markRect(row), AlignmentMark::of(*model, row), pal);

    const int section = model->sectionStartingAt(row);
    if (section >= 0) {
        const QString &heading = model->sections().at(section).title;
        const QFont &font = m_geometry->fonts().heading(heading, m_geometry->isTraditionalDocument());
        const QFontMetricsF fm(font);
        const qreal baseline = y + m_geometry->headingTop(row) + m_geometry->headingHeight(row)
            - m_geometry->margin() / 2.0 - fm.descent();
        painter.setFont(font);
        painter.setPen(pal.color(QPalette::Text));
        const QString title = fm.elidedText(heading, Qt::ElideRight, textWidth);
        painter.drawText(QPointF(left, baseline), title);
        QColor rule = pal.color(QPalette::Text);
        rule.setAlpha(50);
        painter.fillRect(QRectF(left, baseline + fm.descent() + 4, textWidth, 1), rule);
    }

    if (model->isTurnStart(row)) {
        const QFont &font = m_geometry->fonts().speaker();
        const QFontMetricsF fm(font);
        const qreal baseline = y + m_geometry->turnTop(row) + fm.ascent();
        painter.setFont(font);
        painter.setPen(speakerColor(segment.speakerId));
        painter.drawText(QPointF(left, baseline), segment.speaker);
        if (segment.startMs) {
            painter.setFont(m_geometry->fonts().time());
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(
                QPointF(left + fm.horizontalAdvance(segment.speaker) + fm.averageCharWidth() * 1.5, baseline),
                clockText(double(*segment.startMs / 1000)));
        }
    }

    const QVector<Side> &sides = m_geometry->sidesOf(m_column);
    for (int i = 0; i < sides.size(); ++i) {
        const Side side = sides.at(i);
        if (segment.text(side).isEmpty())
            continue;
        QColor text = pal.color(QPalette::Text);
        if (i > 0)
            text.setAlpha(190); // the second language of an interlinear row reads as a gloss
        painter.setPen(text);
        paintText(painter, row, side, QPointF(left, y + body + m_geometry->sideTop(row, side)));
    }
}

void ReaderPane::paintText(QPainter &painter, int row, Side side, const QPointF &origin)
{
    QTextLayout *layout = m_geometry->textLayout(row, side);
    QVector<QTextLayout::FormatRange> formats;
    if (m_decorator)
        formats = m_decorator(row, side);
    int from = 0;
    int to = 0;
    if (m_textSelection.side == side && m_textSelection.rowSpan(row, layout->text().size(), &from, &to)) {
        QTextLayout::FormatRange selection;
        selection.start = from;
        selection.length = to - from;
        selection.format.setBackground(palette().brush(QPalette::Highlight));
        selection.format.setForeground(palette().brush(QPalette::HighlightedText));
        formats << selection;
    }
    layout->draw(&painter, origin, formats);
}

QRect ReaderPane::markRect(int row) const
{
    const int margin = m_geometry->margin();
    const int top = m_geometry->rowTop(row) - m_geometry->scrollY() + m_geometry->bodyTop(row);
    const int left = m_geometry->textLeft(m_column) - margin + qMax(3, margin / 4) + 1;
    return QRect(
        qMax(0, left), top, qMax(4, margin * 3 / 4 - 3), m_geometry->rowHeight(row) - m_geometry->bodyTop(row));
}

QString ReaderPane::markToolTip(const QPoint &viewportPos) const
{
    const ReaderHit hit = hitTest(viewportPos);
    if (m_column != 0 || hit.row < 0 || !markRect(hit.row).adjusted(-2, 0, 2, 0).contains(viewportPos))
        return QString();
    return AlignmentMark::toolTip(*m_geometry->model(), hit.row);
}

bool ReaderPane::viewportEvent(QEvent *event)
{
    // The alignment mark explains itself (its confidence) when the pointer rests on it.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = markToolTip(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

ReaderHit ReaderPane::hitTest(const QPoint &pos) const
{
    ReaderHit hit;
    if (m_geometry->rowCount() == 0 || m_column >= m_geometry->columnCount())
        return hit;
    const int y = pos.y() + m_geometry->scrollY();
    hit.row = m_geometry->rowAt(y);
    const QVector<Side> &sides = m_geometry->sidesOf(m_column);
    const int local = y - m_geometry->rowTop(hit.row) - m_geometry->bodyTop(hit.row);
    hit.side = sides.first();
    if (sides.size() > 1 && local >= m_geometry->sideTop(hit.row, sides.at(1))
        && m_geometry->sideTop(hit.row, sides.at(1)) > 0)
        hit.side = sides.at(1);
    else if (sides.size() > 1 && m_geometry->model()->segmentAt(hit.row).text(sides.first()).isEmpty())
        hit.side = sides.at(1);
    auto *geometry = const_cast<ReaderGeometry *>(m_geometry);
    QTextLayout *layout = geometry->textLayout(hit.row, hit.side);
    const qreal ly = local - m_geometry->sideTop(hit.row, hit.side);
    if (ly < 0 || layout->lineCount() == 0) {
        hit.offset = 0;
        return hit;
    }
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (ly < line.y() + line.height() || i == layout->lineCount() - 1) {
            hit.offset = line.xToCursor(pos.x() - m_geometry->textLeft(m_column));
            return hit;
        }
    }
    return hit;
}

void ReaderPane::setTextSelection(const TextRange &range)
{
    m_textSelection = range;
    viewport()->update();
    emit textSelectionChanged();
}

void ReaderPane::setCaret(Side side, int row, int offset)
{
    m_caret = TextRange{side, row, offset, row, offset};
    emit textSelectionChanged();
}

void ReaderPane::clearTextSelection()
{
    if (m_textSelection.isEmpty())
        return;
    m_textSelection = TextRange();
    viewport()->update();
    emit textSelectionChanged();
}

QString ReaderPane::selectedText() const
{
    const TextRange r = m_textSelection.normalized();
    if (r.isEmpty())
        return {};
    QStringList parts;
    for (int row = r.startRow; row <= r.endRow && row < m_geometry->rowCount(); ++row) {
        const QString &text = m_geometry->model()->segmentAt(row).text(r.side);
        int from = 0;
        int to = 0;
        if (r.rowSpan(row, int(text.size()), &from, &to))
            parts << text.mid(from, to - from);
    }
    return parts.join(QLatin1Char('\n'));
}

void ReaderPane::copy()
{
    QString text = selectedText();
    const int row = m_selection->currentIndex().row();
    if (text.isEmpty() && row >= 0 && row < m_geometry->rowCount()) {
        // Nothing selected: copy the current segment as this pane shows it.
        QStringList parts;
        for (Side side : m_geometry->sidesOf(m_column))
            parts << m_geometry->model()->segmentAt(row).text(side);
        text = parts.join(QLatin1Char('\n'));
    }
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void ReaderPane::moveCurrent(int row, bool extend)
{
    if (m_geometry->rowCount() == 0)
        return;
    row = qBound(0, row, m_geometry->rowCount() - 1);
    const QModelIndex index = m_geometry->model()->index(row);
    if (extend) {
        const QModelIndex anchor = m_selection->currentIndex().isValid() ? m_selection->currentIndex() : index;
        m_selection->select(QItemSelection(anchor, index), QItemSelectionModel::Select);
        m_selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    } else {
        m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    }
}

void ReaderPane::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const ReaderHit hit = hitTest(eventPos(event));
    if (hit.row < 0)
        return;
    setFocus(Qt::MouseFocusReason);
    m_geometry->setHoldScroll(true);
    const auto release = qScopeGuard([this] { m_geometry->setHoldScroll(false); });
    const QModelIndex index = m_geometry->model()->index(hit.row);
    if (event->modifiers() & Qt::ControlModifier) {
        m_selection->setCurrentIndex(index, QItemSelectionModel::Toggle);
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier && !m_textSelection.isEmpty() && m_textSelection.side == hit.side) {
        m_textSelection.endRow = hit.row;
        m_textSelection.endOffset = qMax(0, hit.offset);
        moveCurrent(hit.row, true);
    } else {
        m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_textSelection = TextRange {hit.side, hit.row, qMax(0, hit.offset), hit.row, qMax(0, hit.offset)};
        m_caret = m_textSelection;
    }
    m_selecting = true;
    viewport()->update();
    emit textSelectionChanged();
}

void ReaderPane::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting || !(event->buttons() & Qt::LeftButton))
        return;
    m_lastMousePos = eventPos(event);
    const QPoint clamped(eventPos(event).x(), qBound(0, eventPos(event).y(), viewport()->height() - 1));
    const ReaderHit hit = hitTest(clamped);
    if (hit.row < 0)
        return;
    int offset = qMax(0, hit.offset);
    if (hit.side != m_textSelection.side) // interlinear: the other language of the row
        offset
            = hit.side == Side::En ? int(m_geometry->model()->segmentAt(hit.row).text(m_textSelection.side).size()) : 0;
    m_textSelection.endRow = hit.row;
    m_textSelection.endOffset = offset;
    const TextRange r = m_textSelection.normalized();
    const QModelIndex start = m_geometry->model()->index(r.startRow);
    const QModelIndex end = m_geometry->model()->index(r.endRow);
    m_selection->select(QItemSelection(start, end), QItemSelectionModel::ClearAndSelect);
    if (eventPos(event).y() < 0 || eventPos(event).y() >= viewport()->height())
        m_autoScroll.start();
    else
        m_autoScroll.stop();
    viewport()->update();
}

void ReaderPane::autoScroll()
{
    const int y = m_lastMousePos.y();
    const int step = y < 0 ? y : y - viewport()->height();
    m_geometry->scrollToY(m_geometry->scrollY() + qBound(-60, step, 60));
}

void ReaderPane::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_autoScroll.stop();
    m_selecting = false;
    if (m_textSelection.isEmpty())
        m_textSelection = TextRange();
    else if (QApplication::clipboard()->supportsSelection())
        QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
    emit textSelectionChanged();
}

void ReaderPane::mouseDoubleClickEvent(QMouseEvent *event)
{
    const ReaderHit hit = hitTest(eventPos(event));
    if (hit.row >= 0 && timeRect(hit.row).adjusted(-3, -2, 3, 2).contains(eventPos(event))) {
        m_selecting = false;
        emit timeActivated(hit.row);
        return;
    }
    if (hit.row < 0 || hit.offset < 0)
        return;
    const QString &text = m_geometry->model()->segmentAt(hit.row).text(hit.side);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    finder.setPosition(qMin(hit.offset, int(text.size())));
    int start = finder.isAtBoundary() && finder.boundaryReasons() & QTextBoundaryFinder::StartOfItem
        ? finder.position()
        : finder.toPreviousBoundary();
    finder.setPosition(qMax(0, start));
    const int end = finder.toNextBoundary();
    if (start < 0 || end < 0)
        return;
    m_selecting = false;
    setTextSelection(TextRange {hit.side, hit.row, start, hit.row, end});
}

void ReaderPane::keyPressEvent(QKeyEvent *event)
{
    const int current = m_selection->currentIndex().row();
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const int page = qMax(1, m_geometry->lastVisibleRow() - m_geometry->firstVisibleRow());
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Down:
        moveCurrent(current + 1, shift);
        return;
    case Qt::Key_Up:
        moveCurrent(qMax(0, current - 1), shift);
        return;
    case Qt::Key_PageDown:
        moveCurrent(current + page, shift);
        return;
    case Qt::Key_PageUp:
        moveCurrent(current - page, shift);
        return;
    case Qt::Key_Home:
        moveCurrent(0, shift);
        return;
    case Qt::Key_End:
        moveCurrent(m_geometry->rowCount() - 1, shift);
        return;
    case Qt::Key_Escape:
        clearTextSelection();
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void ReaderPane::contextMenuEvent(QContextMenuEvent *event)
{
    const QPoint pos = event->reason() == QContextMenuEvent::Mouse
        ? eventPos(event)
        : rowRect(m_selection->currentIndex().row()).topLeft();
    const ReaderHit hit = hitTest(pos);
    if (hit.row >= 0 && !m_selection->isRowSelected(hit.row, QModelIndex()))
        m_selection->setCurrentIndex(m_geometry->model()->index(hit.row), QItemSelectionModel::ClearAndSelect);
    emit contextMenuRequested(event->globalPos(), hit);
}

void ReaderPane::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void ReaderPane::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void ReaderPane::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        viewport()->update();
}

} // namespace bitext::ui
