#include "ui/search/searchhitdecorator.h"

#include "models/item/segmentmodel.h"

#include <QColor>

namespace bitext::ui {

SearchHitDecorator::SearchHitDecorator(const SegmentModel *model)
    : m_model(model)
{
}

QHash<qint64, QList<SearchHitDecorator::Mark>> SearchHitDecorator::indexHits(const QList<DocumentHit> &hits)
{
    QHash<qint64, QList<Mark>> marks;
    for (const DocumentHit &hit : hits)
        marks[hit.segmentId].append(Mark {hit.side, hit.range, Kind::Hit});
    return marks;
}

void SearchHitDecorator::setFindHits(const QList<DocumentHit> &hits)
{
    m_find = indexHits(hits);
    m_hasCurrent = false;
    // A new find replaces the mark of an opened search result.
    if (!hits.isEmpty())
        m_hasResult = false;
}

void SearchHitDecorator::setCurrentFindHit(const DocumentHit &hit)
{
    m_current = hit;
    m_hasCurrent = true;
}

void SearchHitDecorator::clearFind()
{
    m_find.clear();
    m_hasCurrent = false;
}

void SearchHitDecorator::setResultHit(const DocumentHit &hit)
{
    m_result = hit;
    m_hasResult = true;
}

void SearchHitDecorator::clearResult()
{
    m_hasResult = false;
}

bool SearchHitDecorator::isEmpty() const
{
    return m_find.isEmpty() && !m_hasCurrent && !m_hasResult;
}

QTextCharFormat SearchHitDecorator::format(Kind kind, const QPalette &palette)
{
    // Colours of find bars in browsers and editors: yellow for every hit, orange for the
    // current one; on a dark base the same hues, deeper, under the palette's text.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    QTextCharFormat format;
    if (kind == Kind::Current) {
        format.setBackground(dark ? QColor(0xd9, 0x7a, 0x1a) : QColor(0xff, 0x96, 0x32));
        format.setForeground(dark ? QColor(0x10, 0x10, 0x10) : QColor(0x00, 0x00, 0x00));
        // An underline tells a search hit apart from an orange annotation highlight.
        format.setFontUnderline(true);
        format.setUnderlineColor(dark ? QColor(0xff, 0xe0, 0x80) : QColor(0x8a, 0x3a, 0x00));
    } else {
        format.setBackground(dark ? QColor(0x80, 0x6a, 0x10) : QColor(0xff, 0xe8, 0x6e));
        format.setForeground(dark ? QColor(0xff, 0xff, 0xff) : QColor(0x00, 0x00, 0x00));
    }
    return format;
}

QVector<QTextLayout::FormatRange> SearchHitDecorator::formats(int row, Side side, const QPalette &palette) const
{
    QVector<QTextLayout::FormatRange> result;
    if (isEmpty() || row < 0 || row >= m_model->rowCount())
        return result;
    const qint64 segmentId = m_model->segmentAt(row).id;
    const auto add = [&](const bitext::TextRange &range, Kind kind) {
        QTextLayout::FormatRange f;
        f.start = range.start;
        f.length = range.length;
        f.format = format(kind, palette);
        result << f;
    };
    const QList<Mark> marks = m_find.value(segmentId);
    for (const Mark &mark : marks) {
        if (mark.side == side)
            add(mark.range, mark.kind);
    }
    // Strong marks last: with overlapping ranges the last format wins.
    if (m_hasCurrent && m_current.segmentId == segmentId && m_current.side == side)
        add(m_current.range, Kind::Current);
    if (m_hasResult && m_result.segmentId == segmentId && m_result.side == side)
        add(m_result.range, Kind::Current);
    return result;
}

} // namespace bitext::ui
