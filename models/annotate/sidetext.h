#pragma once

#include "models/domain/segment.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

namespace bitext {

// One side (zh or en) of a document as a single string, the segments joined by '\n',
// so that quotes spanning segments can be cut out and searched for. Positions into
// text() are UTF-16 indexes; segment offsets are code points, as stored in annotations.
class SideText
{
public:
    // Where a place in the text falls: a row (0-based segment position) and a
    // code-point offset into that segment's text.
    struct Point
    {
        int row = -1;
        int offset = 0;
        bool isValid() const { return row >= 0; }
    };

    SideText(const QList<Segment> &segments, Side side);

    Side side() const { return m_side; }
    const QString &text() const { return m_text; }
    int segmentCount() const { return int(m_starts.size()); }
    qint64 segmentIdAt(int row) const { return m_ids.value(row); }
    int rowOfSegment(qint64 segmentId) const { return m_rowOfId.value(segmentId, -1); }
    // The segment's own text (without the separator).
    QString segmentText(int row) const;
    int codePointLength(int row) const;

    // UTF-16 position in text() of a code-point offset into a segment; -1 when the
    // row does not exist or the offset is past its end.
    int position(int row, int codePointOffset) const;
    // The inverse of position(). A position on a separator maps to the end of the
    // segment before it.
    Point point(int position) const;

    // Code-point helpers for any QString (QString is UTF-16: a character outside the
    // BMP, e.g. an emoji or a rare CJK ideograph, takes two units).
    static int codePointCount(const QString &text);
    static int utf16Index(const QString &text, int codePointOffset); // -1 when past the end
    static int codePointIndex(const QString &text, int utf16Index);

private:
    Side m_side;
    QString m_text;
    QVector<int> m_starts; // UTF-16 start of each row in m_text
    QVector<qint64> m_ids;
    QHash<qint64, int> m_rowOfId;
};

} // namespace bitext
