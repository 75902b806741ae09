#include "ui/mainwindow/readingposition.h"

#include "models/item/segmentmodel.h"
#include "ui/mainwindow/windowsettings.h"
#include "ui/reader/readerview.h"

#include <QItemSelectionModel>

namespace bitext::ui {

void ReadingPosition::save(const ReaderView &reader, const QString &libraryPath)
{
    const SegmentModel *segments = reader.model();
    if (libraryPath.isEmpty() || !segments->documentId() || segments->rowCount() == 0)
        return;
    const ReaderGeometry *geometry = reader.geometry();
    const int top = qBound(0, geometry->firstVisibleRow(), segments->rowCount() - 1);
    const int current = reader.currentRow();
    WindowSettings::ReadingPosition position;
    position.topSegmentId = segments->segmentAt(top).id;
    position.topOffset = qMax(0, geometry->scrollY() - geometry->rowTop(top));
    position.currentSegmentId = current >= 0 && current < segments->rowCount() ? segments->segmentAt(current).id : 0;
    WindowSettings::setReadingPosition(libraryPath, segments->documentId(), position);
    WindowSettings::setLastDocument(libraryPath, segments->documentId());
}

void ReadingPosition::restore(ReaderView &reader, const QString &libraryPath)
{
    SegmentModel *segments = reader.model();
    if (segments->rowCount() == 0)
        return;
    const WindowSettings::ReadingPosition position
        = WindowSettings::readingPosition(libraryPath, segments->documentId());
    const int current = segments->rowOfSegment(position.currentSegmentId);
    // The current segment first: making it current scrolls it into view, the saved
    // scroll position then wins.
    reader.selectionModel()->setCurrentIndex(segments->index(qMax(0, current)), QItemSelectionModel::NoUpdate);
    const int top = segments->rowOfSegment(position.topSegmentId);
    if (top >= 0)
        reader.geometry()->scrollToRowTop(top, position.topOffset);
}

} // namespace bitext::ui
