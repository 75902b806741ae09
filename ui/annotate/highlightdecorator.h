#pragma once

#include "models/annotate/highlightindex.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTextLayout>
#include <QVector>

class QVariantAnimation;
class QWidget;

namespace bitext {
class Library;
class SegmentModel;
}

namespace bitext::ui {

// Paints the open document's highlights in the reader: each quote in its colour on its
// side, a dotted underline on the aligned other-language text of rows with a quote, and
// a brief flash on a quote the user jumped to. Colours follow the reader's palette, so
// text stays readable on light and dark backgrounds. Orphaned quotes are not painted.
class HighlightDecorator : public QObject
{
    Q_OBJECT

public:
    // `paletteSource` is the widget whose palette the colours adapt to (the reader).
    HighlightDecorator(SegmentModel *segments, QWidget *paletteSource, QObject *parent = nullptr);

    void setLibrary(Library *library);
    // Re-reads the open document's annotations and tag colours.
    void reload();
    // Re-reads only these annotations of the open document (added, changed or
    // removed), keeping the others as they are.
    void refresh(const QList<qint64> &annotationIds);

    // What ReaderView::addDecorator asks for: formats of a row's side.
    QVector<QTextLayout::FormatRange> formats(int row, Side side) const;
    const HighlightIndex &index() const { return m_index; }
    // The annotation under a UTF-16 position of a row's side, 0 for none.
    qint64 annotationAt(int row, Side side, int position) const { return m_index.annotationAt(row, side, position); }
    // The first annotation touching a row (Chinese side first), 0 for none.
    qint64 firstAnnotationInRow(int row) const;

    // Paints one quote stronger for about a second, fading back.
    void flash(qint64 annotationId);
    qint64 flashingAnnotation() const { return m_flashId; }

    // The fill of a highlight of colour `color` on the current palette.
    QColor background(const QColor &color) const;

signals:
    // What formats() returns changed: the reader must repaint.
    void changed();

private:
    bool isDark() const;
    QList<Segment> segments() const;
    // Quotes stored without a colour (e.g. from scripts) show their first tag's.
    void fillColor(Annotation &annotation) const;

    SegmentModel *m_segments;
    QWidget *m_paletteSource;
    QPointer<Library> m_library;
    HighlightIndex m_index;
    QHash<qint64, QColor> m_tagColors;
    QVariantAnimation *m_flash;
    qint64 m_flashId = 0;
    qreal m_flashStrength = 0;
};

} // namespace bitext::ui
