#include "models/import/refiqda/codepointtext.h"

#include <algorithm>

namespace bitext {

CodePointText::CodePointText(QString text)
    : m_text(std::move(text))
{
    int codePoint = 0;
    for (int i = 0; i < m_text.size(); ++i, ++codePoint) {
        if (m_text.at(i).isHighSurrogate() && i + 1 < m_text.size() && m_text.at(i + 1).isLowSurrogate()) {
            m_pairs << codePoint;
            ++i;
        } else if (m_text.at(i) == QLatin1Char('\n')) {
            m_lineStarts << i + 1;
        }
    }
    m_length = codePoint;
}

int CodePointText::utf16(qint64 codePoint) const
{
    const qint64 clamped = std::max<qint64>(0, std::min(codePoint, m_length));
    const auto before = std::lower_bound(m_pairs.cbegin(), m_pairs.cend(), int(clamped));
    return int(clamped) + int(before - m_pairs.cbegin());
}

qint64 CodePointText::codePoint(int utf16Index) const
{
    // The k-th pair starts at UTF-16 index m_pairs[k] + k: ascending as well.
    int low = 0;
    int high = int(m_pairs.size());
    while (low < high) {
        const int middle = (low + high) / 2;
        if (m_pairs.at(middle) + middle < utf16Index)
            low = middle + 1;
        else
            high = middle;
    }
    return utf16Index - low;
}

QString CodePointText::mid(qint64 start, qint64 end) const
{
    const int from = utf16(start);
    return m_text.mid(from, std::max(0, utf16(end) - from));
}

int CodePointText::lineAt(qint64 codePoint) const
{
    const int index = utf16(codePoint);
    return int(std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), index) - m_lineStarts.cbegin()) + 1;
}

} // namespace bitext
