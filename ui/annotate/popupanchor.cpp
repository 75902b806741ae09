#include "ui/annotate/popupanchor.h"

#include "ui/reader/readergeometry.h"
#include "ui/reader/readerpane.h"
#include "ui/reader/readerview.h"

#include <QTextLayout>
#include <QTextLine>

namespace bitext::ui {

namespace {

// The line of a row's side holding `offset`, as a viewport rectangle one caret wide.
QRect caretRect(ReaderPane *pane, ReaderGeometry *geometry, Side side, int row, int offset)
{
    QTextLayout *layout = geometry->textLayout(row, side);
    if (!layout || layout->lineCount() == 0)
        return {};
    QTextLine line = layout->lineForTextPosition(offset);
    if (!line.isValid())
        line = layout->lineAt(layout->lineCount() - 1);
    const int top = pane->rowRect(row).top() + geometry->bodyTop(row) + geometry->sideTop(row, side) + int(line.y());
    const int x = geometry->textLeft(pane->column()) + int(line.cursorToX(offset));
    return QRect(x, top, 1, qMax(1, int(line.height())));
}

} // namespace

QRect PopupAnchor::forRange(ReaderView *reader, const TextRange &selection)
{
    ReaderPane *pane = reader->paneForSide(selection.side);
    if (!pane || selection.isEmpty())
        return {};
    const TextRange range = selection.normalized();
    ReaderGeometry *geometry = reader->geometry();
    const QRect start = caretRect(pane, geometry, range.side, range.startRow, range.startOffset);
    const QRect end = caretRect(pane, geometry, range.side, range.endRow, range.endOffset);
    if (start.isNull() || end.isNull())
        return {};
    QRect rect = start.united(end);
    if (start.top() != end.top()) { // over several lines: their whole width
        const int left = geometry->textLeft(pane->column());
        rect.setLeft(left);
        rect.setRight(left + geometry->textWidth(pane->column()));
    }
    rect = rect.intersected(pane->viewport()->rect());
    return rect.isEmpty() ? QRect() : QRect(pane->viewport()->mapToGlobal(rect.topLeft()), rect.size());
}

QRect PopupAnchor::forRow(ReaderView *reader, int row)
{
    ReaderPane *pane = reader->paneCount() > 0 ? reader->pane(0) : nullptr;
    if (!pane || row < 0)
        return {};
    const QRect rect = pane->rowRect(row).intersected(pane->viewport()->rect());
    return rect.isEmpty() ? QRect() : QRect(pane->viewport()->mapToGlobal(rect.topLeft()), rect.size());
}

} // namespace bitext::ui
