#include "models/import/refiqda/refisourcelayout.h"

#include "models/annotate/anchor.h"
#include "models/import/refiqda/codepointtext.h"

#include <algorithm>

namespace bitext {

RefiSourceLayout RefiSourceLayout::exact(const QList<Piece> &pieces)
{
    RefiSourceLayout layout;
    layout.m_exact = true;
    layout.m_pieces = pieces;
    return layout;
}

RefiSourceLayout RefiSourceLayout::byQuote(const QVector<int> &rowLines)
{
    RefiSourceLayout layout;
    layout.m_rowLines = rowLines;
    return layout;
}

int RefiSourceLayout::pieceAt(qint64 position, bool asEnd) const
{
    // A start in a gap between pieces (a blank line, trimmed spaces) belongs to the
    // next piece, an end in a gap to the previous one; request() clamps them.
    if (!asEnd) {
        for (int i = 0; i < m_pieces.size(); ++i) {
            if (position < m_pieces.at(i).sourceStart + m_pieces.at(i).length)
                return i;
        }
        return -1;
    }
    for (int i = int(m_pieces.size()) - 1; i >= 0; --i) {
        if (position > m_pieces.at(i).sourceStart)
            return i;
    }
    return -1;
}

QuotePlacer::Request RefiSourceLayout::request(const CodePointText &source, qint64 start, qint64 end) const
{
    QuotePlacer::Request request;
    if (m_exact) {
        const int first = pieceAt(start, false);
        const int last = pieceAt(end, true);
        if (first >= 0 && last >= first && m_pieces.at(first).side == m_pieces.at(last).side) {
            const Piece &a = m_pieces.at(first);
            const Piece &b = m_pieces.at(last);
            request.side = a.side;
            request.start = int(a.sideStart + std::max<qint64>(0, start - a.sourceStart));
            request.end = int(b.sideStart + std::min(end - b.sourceStart, b.length));
            return request; // the quote is what the side's text holds there: QuotePlacer fills it
        }
    }
    // By content: the quote and up to Anchor::ContextLength code points either side.
    request.quote = source.mid(start, end);
    request.prefix = source.mid(std::max<qint64>(0, start - Anchor::ContextLength), start);
    request.suffix = source.mid(end, end + Anchor::ContextLength);
    const int line = source.lineAt(start);
    const auto after = std::upper_bound(m_rowLines.cbegin(), m_rowLines.cend(), line);
    request.hintRow = after == m_rowLines.cbegin() ? -1 : int(after - m_rowLines.cbegin()) - 1;
    return request;
}

} // namespace bitext
