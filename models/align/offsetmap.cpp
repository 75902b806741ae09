#include "models/align/offsetmap.h"

#include "models/annotate/sidetext.h"
#include "models/core/error.h"

#include <QCoreApplication>

namespace bitext {

namespace {

QVector<int> starts(const QStringList &texts, QString *joined)
{
    QVector<int> result;
    for (const QString &text : texts) {
        result << int(joined->size());
        *joined += text;
    }
    result << int(joined->size());
    return result;
}

} // namespace

OffsetMap::OffsetMap(const QStringList &from, const QStringList &to)
    : m_from(from)
    , m_to(to)
{
    QString a;
    QString b;
    m_fromStarts = starts(from, &a);
    m_toStarts = starts(to, &b);
    m_map.resize(a.size() + 1);
    int j = 0;
    for (int i = 0; i < a.size();) {
        if (j < b.size() && a.at(i) == b.at(j)) {
            m_map[i++] = j++;
        } else if (a.at(i).isSpace()) {
            m_map[i++] = j; // a space dropped at a cut
        } else if (j < b.size() && b.at(j).isSpace()) {
            ++j; // a space added where two segments were joined
        } else {
            throw Error(QCoreApplication::translate(
                "SegmentRepair", "The segments' text changed while they were being re-split; nothing was changed."));
        }
    }
    while (j < b.size() && b.at(j).isSpace())
        ++j;
    if (j != b.size())
        throw Error(QCoreApplication::translate(
            "SegmentRepair", "The segments' text changed while they were being re-split; nothing was changed."));
    m_map[a.size()] = j;
}

int OffsetMap::mapped(int segment, int offset) const
{
    const QString &text = m_from.value(segment);
    int utf16 = SideText::utf16Index(text, offset);
    if (utf16 < 0)
        utf16 = int(text.size());
    return m_map.value(m_fromStarts.value(segment) + utf16);
}

OffsetMap::Place OffsetMap::place(int position, bool atStart) const
{
    const int count = int(m_to.size());
    for (int k = 0; k < count; ++k) {
        const int from = m_toStarts.at(k);
        const int to = m_toStarts.at(k + 1);
        const bool inside = atStart ? (position >= from && position < to) : (position > from && position <= to);
        if (inside)
            return {k, SideText::codePointIndex(m_to.at(k), position - from)};
    }
    // Past the last character (a start at the very end) or before the first (an end at
    // 0): the last or first segment with text, else the first.
    int k = 0;
    if (position > 0) {
        for (int i = count - 1; i >= 0; --i) {
            if (!m_to.at(i).isEmpty()) {
                k = i;
                break;
            }
        }
    }
    const int offset = position - m_toStarts.value(k);
    return {
        count ? k : -1, count ? SideText::codePointIndex(m_to.at(k), qBound(0, offset, int(m_to.at(k).size()))) : 0};
}

OffsetMap::Place OffsetMap::start(int segment, int offset) const
{
    return place(mapped(segment, offset), true);
}

OffsetMap::Place OffsetMap::end(int segment, int offset) const
{
    return place(mapped(segment, offset), false);
}

} // namespace bitext
