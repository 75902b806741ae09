#include "ui/reader/readercellaccessible.h"

#include "models/item/segmentmodel.h"
#include "ui/align/alignmentmark.h"
#include "ui/common/clocktext.h"
#include "ui/reader/readeraccessible.h"
#include "ui/reader/readergeometry.h"
#include "ui/reader/readerpane.h"

#include <QItemSelectionModel>

namespace bitext::ui {

ReaderCellAccessible::ReaderCellAccessible(ReaderPane *pane, int row, int column)
    : AccessibleLeaf(pane)
    , m_row(row)
    , m_column(column)
{
}

ReaderPane *ReaderCellAccessible::pane() const
{
    return static_cast<ReaderPane *>(owner());
}

bool ReaderCellAccessible::isValid() const
{
    return AccessibleLeaf::isValid() && m_row < pane()->geometry()->model()->rowCount();
}

bool ReaderCellAccessible::side(Side *side) const
{
    if (m_column != ReaderAccessible::ChineseColumn && m_column != ReaderAccessible::EnglishColumn)
        return false;
    *side = m_column == ReaderAccessible::ChineseColumn ? Side::Zh : Side::En;
    return true;
}

QString ReaderCellAccessible::cellText() const
{
    if (!isValid())
        return {};
    const Segment &segment = pane()->geometry()->model()->segmentAt(m_row);
    Side s = Side::Zh;
    if (side(&s))
        return segment.text(s);
    if (m_column == ReaderAccessible::SpeakerColumn)
        return segment.speaker;
    return segment.startMs ? clockText(double(*segment.startMs / 1000)) : QString();
}

QString ReaderCellAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Description && isValid()) // a pair to review says so, as its mark's tooltip does
        return AlignmentMark::toolTip(*pane()->geometry()->model(), m_row);
    return t == QAccessible::Name ? cellText() : QString();
}

QRect ReaderCellAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = pane()->rowRect(m_row);
    return QRect(pane()->viewport()->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State ReaderCellAccessible::state() const
{
    QAccessible::State s;
    if (!isValid()) {
        s.invalid = true;
        return s;
    }
    const ReaderGeometry *geometry = pane()->geometry();
    s.selectable = true;
    s.focusable = true;
    s.readOnly = true;
    s.selected = isSelected();
    s.focused = pane()->hasFocus() && pane()->selectionModel()->currentIndex().row() == m_row
        && m_column == ReaderAccessible::focusColumn(pane());
    s.invisible = !pane()->isVisible();
    s.offscreen = s.invisible || m_row < geometry->firstVisibleRow() || m_row > geometry->lastVisibleRow();
    return s;
}

void *ReaderCellAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TableCellInterface)
        return static_cast<QAccessibleTableCellInterface *>(this);
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return nullptr;
}

QList<QAccessibleInterface *> ReaderCellAccessible::columnHeaderCells() const
{
    const auto *table = dynamic_cast<const ReaderAccessible *>(parent());
    QAccessibleInterface *header = table ? table->columnHeader(m_column) : nullptr;
    return header ? QList<QAccessibleInterface *> {header} : QList<QAccessibleInterface *> {};
}

bool ReaderCellAccessible::isSelected() const
{
    return isValid() && pane()->selectionModel()->isRowSelected(m_row, QModelIndex());
}

bool ReaderCellAccessible::selectedSpan(int *from, int *to) const
{
    Side s = Side::Zh;
    if (!isValid() || !side(&s))
        return false;
    const TextRange range = pane()->textSelection().normalized();
    return !range.isEmpty() && range.side == s && range.rowSpan(m_row, characterCount(), from, to) && *from < *to;
}

void ReaderCellAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    if (selectionIndex == 0)
        selectedSpan(startOffset, endOffset);
}

int ReaderCellAccessible::selectionCount() const
{
    int from = 0;
    int to = 0;
    return selectedSpan(&from, &to) ? 1 : 0;
}

void ReaderCellAccessible::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void ReaderCellAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex == 0 && selectionCount() > 0)
        pane()->clearTextSelection();
}

void ReaderCellAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    Side s = Side::Zh;
    if (selectionIndex != 0 || !isValid() || !side(&s))
        return;
    const int length = characterCount();
    startOffset = qBound(0, startOffset, length);
    endOffset = qBound(0, endOffset, length);
    pane()->setTextSelection(TextRange {s, m_row, qMin(startOffset, endOffset), m_row, qMax(startOffset, endOffset)});
}

int ReaderCellAccessible::cursorPosition() const
{
    int from = 0;
    int to = 0;
    return selectedSpan(&from, &to) ? to : 0;
}

void ReaderCellAccessible::setCursorPosition(int)
{
    // Read-only text: there is no caret to move.
}

QString ReaderCellAccessible::text(int startOffset, int endOffset) const
{
    const QString text = cellText();
    startOffset = qBound(0, startOffset, int(text.size()));
    endOffset = endOffset < 0 ? int(text.size()) : qBound(startOffset, endOffset, int(text.size()));
    return text.mid(startOffset, endOffset - startOffset);
}

int ReaderCellAccessible::characterCount() const
{
    return int(cellText().size());
}

QRect ReaderCellAccessible::characterRect(int offset) const
{
    Side s = Side::Zh;
    if (!isValid() || !side(&s) || offset < 0 || offset >= characterCount())
        return {};
    ReaderGeometry *geometry = pane()->geometry();
    if (pane()->column() >= geometry->columnCount() || !geometry->sidesOf(pane()->column()).contains(s))
        return {}; // this language is painted in the other pane
    const QTextLine line = geometry->textLayout(m_row, s)->lineForTextPosition(offset);
    if (!line.isValid())
        return {};
    const qreal x = line.cursorToX(offset);
    const qreal next
        = offset + 1 < line.textStart() + line.textLength() ? line.cursorToX(offset + 1) : line.naturalTextWidth();
    const int top
        = pane()->rowRect(m_row).top() + geometry->bodyTop(m_row) + geometry->sideTop(m_row, s) + int(line.y());
    const QPoint topLeft(geometry->textLeft(pane()->column()) + int(x), top);
    return QRect(pane()->viewport()->mapToGlobal(topLeft), QSize(qMax(1, int(next - x)), int(line.height())));
}

int ReaderCellAccessible::offsetAtPoint(const QPoint &point) const
{
    Side s = Side::Zh;
    if (!isValid() || !side(&s))
        return -1;
    const ReaderHit hit = pane()->hitTest(pane()->viewport()->mapFromGlobal(point));
    return hit.row == m_row && hit.side == s ? hit.offset : -1;
}

void ReaderCellAccessible::scrollToSubstring(int, int)
{
    if (isValid())
        pane()->geometry()->ensureVisible(m_row);
}

QString ReaderCellAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    // One run of text in one language: speech synthesizers pick a voice from it.
    *startOffset = 0;
    *endOffset = characterCount();
    Side s = Side::Zh;
    if (offset < 0 || !side(&s))
        return {};
    return s == Side::Zh ? QStringLiteral("language:zh;") : QStringLiteral("language:en;");
}

} // namespace bitext::ui
