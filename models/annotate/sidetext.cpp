#include "models/annotate/sidetext.h"

#include <algorithm>

namespace bitext {

SideText::SideText(const QList<Segment> &segments, Side side) : m_side(side)
{
    m_starts.reserve(segments.size());
    m_ids.reserve(segments.size());
    for (int row = 0; row < segments.size(); ++row) {
        if (row > 0)
            m_text += QLatin1Char('\n');
        m_starts << int(m_text.size());
        m_ids << segments.at(row).id;
        m_rowOfId.insert(segments.at(row).id, row);
        m_text += segments.at(row).text(side);
    }
}

QString SideText::segmentText(int row) const
{
    if (row < 0 || row >= m_starts.size())
        return {};
    const int end = row + 1 < m_starts.size() ? m_starts.at(row + 1) - 1 : int(m_text.size());
    return m_text.mid(m_starts.at(row), end - m_starts.at(row));
}

int SideText::codePointLength(int row) const
{
    return codePointCount(segmentText(row));
}

int SideText::position(int row, int codePointOffset) const
{
    if (row < 0 || row >= m_starts.size() || codePointOffset < 0)
        return -1;
    const int index = utf16Index(segmentText(row), codePointOffset);
    return index < 0 ? -1 : m_starts.at(row) + index;
}

SideText::Point SideText::point(int position) const
{
    if (m_starts.isEmpty() || position < 0 || position > m_text.size())
        return {};
    // The last row starting at or before the position.
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), position);
    const int row = int(it - m_starts.cbegin()) - 1;
    const QString segment = segmentText(row);
    const int within = std::min(position - m_starts.at(row), int(segment.size()));
    return {row, codePointIndex(segment, within)};
}

int SideText::codePointCount(const QString &text)
{
    return codePointIndex(text, int(text.size()));
}

int SideText::utf16Index(const QString &text, int codePointOffset)
{
    int index = 0;
    for (int n = 0; n < codePointOffset; ++n) {
        if (index >= text.size())
            return -1;
        index += (text.at(index).isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate()) ? 2 : 1;
    }
    return index;
}

int SideText::codePointIndex(const QString &text, int utf16Index)
{
    int count = 0;
    const int end = std::min(utf16Index, int(text.size()));
    for (int i = 0; i < end; ++i) {
        // The low half of a pair is not a code point of its own.
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

} // namespace bitext
