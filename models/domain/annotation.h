#pragma once

#include "models/domain/segment.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>

namespace bitext {

// A highlighted quote on one side of a document. The anchor is kept twice: by
// position (segment + code-point offsets) and by content (quote with its context,
// as the W3C TextQuoteSelector), so it can be re-found after the text changes.
struct Annotation
{
    qint64 id = 0;
    qint64 documentId = 0;
    Side side = Side::Zh;
    qint64 startSegmentId = 0;
    int startOffset = 0; // code points into the start segment's side text
    qint64 endSegmentId = 0;
    int endOffset = 0; // code points into the end segment's side text (exclusive)
    QString quote;
    QString prefix;
    QString suffix;
    QColor color;
    QString author; // who made it
    QDateTime created;
    QDateTime modified;
    QString modifiedBy; // who changed it last
    int version = 0; // raised by every write; an update names the one it was based on
    bool orphaned = false;
    QList<qint64> tagIds;
    // Filled on read for convenience.
    int startSegmentOrdinal = -1;
    int endSegmentOrdinal = -1;
};

} // namespace bitext
