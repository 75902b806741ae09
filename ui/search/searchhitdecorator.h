#pragma once

#include "models/search/documentfinder.h"

#include <QHash>
#include <QList>
#include <QPalette>
#include <QTextLayout>
#include <QVector>

namespace bitext {
class SegmentModel;
}

namespace bitext::ui {

// The search marks of the reader: every find-in-document hit, the current one stronger,
// and the hit of the library search result last opened. ReaderView calls formats() for
// each (row, side) it paints; the marks are kept by segment id, so they survive
// relayouts and never land on another document's rows.
class SearchHitDecorator
{
public:
    enum class Kind { Hit, Current };

    explicit SearchHitDecorator(const SegmentModel *model);

    void setFindHits(const QList<DocumentHit> &hits);
    void setCurrentFindHit(const DocumentHit &hit);
    void clearFind();
    // One strong mark (a library search result); replaces the previous one.
    void setResultHit(const DocumentHit &hit);
    void clearResult();
    bool isEmpty() const;

    // Formats for ReaderView::addDecorator: UTF-16 ranges of the side's text.
    QVector<QTextLayout::FormatRange> formats(int row, Side side, const QPalette &palette) const;
    // The format of a mark, readable on the palette's base colour (light or dark).
    static QTextCharFormat format(Kind kind, const QPalette &palette);

private:
    struct Mark
    {
        Side side;
        bitext::TextRange range;
        Kind kind;
    };
    static QHash<qint64, QList<Mark>> indexHits(const QList<DocumentHit> &hits);

    const SegmentModel *m_model;
    QHash<qint64, QList<Mark>> m_find; // by segment id
    DocumentHit m_current;
    bool m_hasCurrent = false;
    DocumentHit m_result;
    bool m_hasResult = false;
};

} // namespace bitext::ui
