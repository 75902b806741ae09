#include "models/import/reanchorer.h"

#include <algorithm>
#include <utility>

namespace bitext {

Reanchorer::Reanchorer(const QStringList &segmentTexts) : m_texts(segmentTexts)
{
    for (const QString &text : segmentTexts) {
        if (!m_starts.isEmpty())
            m_joined += QLatin1Char('\n');
        m_starts << int(m_joined.size());
        m_joined += text;
    }
}

int Reanchorer::codePointCount(const QString &text, int utf16Length)
{
    int count = 0;
    const int end = qMin(utf16Length, int(text.size()));
    for (int i = 0; i < end; ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < end && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

int Reanchorer::utf16Index(const QString &text, int codePoints)
{
    int i = 0;
    for (int n = 0; n < codePoints; ++n) {
        if (i >= text.size())
            return -1;
        i += (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
    }
    return i;
}

int Reanchorer::position(int segment, int codePointOffset) const
{
    if (segment < 0 || segment >= m_texts.size() || codePointOffset < 0)
        return -1;
    const int index = utf16Index(m_texts.at(segment), codePointOffset);
    return index < 0 ? -1 : m_starts.at(segment) + index;
}

int Reanchorer::segmentAt(int pos) const
{
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), pos);
    return int(it - m_starts.cbegin()) - 1;
}

Reanchorer::Anchor Reanchorer::anchorFor(int begin, int end) const
{
    Anchor a;
    a.startSegment = segmentAt(begin);
    a.startOffset = codePointCount(m_texts.at(a.startSegment), begin - m_starts.at(a.startSegment));
    // The last character of the quote decides the end segment, so an end at a
    // segment boundary stays in the segment the quote ends in.
    a.endSegment = segmentAt(qMax(begin, end - 1));
    a.endOffset = codePointCount(m_texts.at(a.endSegment), end - m_starts.at(a.endSegment));
    return a;
}

Reanchorer::Placement Reanchorer::place(const Anchor &old, const QString &quote, const QString &prefix,
                                        const QString &suffix) const
{
    Placement result;
    if (quote.isEmpty() || m_texts.isEmpty())
        return result;

    const int begin = position(old.startSegment, old.startOffset);
    const int end = position(old.endSegment, old.endOffset);
    if (begin >= 0 && end > begin && QStringView(m_joined).mid(begin, end - begin) == quote) {
        result.method = Method::Offsets;
        result.anchor = anchorFor(begin, end);
        return result;
    }

    QList<int> hits;
    for (int from = m_joined.indexOf(quote); from >= 0; from = m_joined.indexOf(quote, from + 1))
        hits << from;
    if (hits.size() > 1) {
        QList<int> inContext;
        for (int hit : std::as_const(hits)) {
            const bool prefixOk = QStringView(m_joined).left(hit).endsWith(prefix);
            const bool suffixOk = QStringView(m_joined).mid(hit + quote.size()).startsWith(suffix);
            if (prefixOk && suffixOk)
                inContext << hit;
        }
        hits = inContext;
    }
    if (hits.size() != 1)
        return result; // not found, or still ambiguous: orphaned
    result.method = Method::Quote;
    result.anchor = anchorFor(hits.first(), hits.first() + int(quote.size()));
    return result;
}

} // namespace bitext
