#pragma once

#include "models/domain/segment.h"
#include "models/import/quoteplacer.h"

#include <QList>
#include <QVector>

namespace bitext {

class CodePointText;

// Where a source's text went in the document made of it, so a selection's
// code-point range can be placed on the document. Exact: stretches of the source
// are (parts of) one side's text, so positions carry over. By quote: the text went
// through a transcript parser (labels, markup and layout removed), so the quote is
// found again with its context, near the segment parsed from the same line.
class RefiSourceLayout
{
public:
    struct Piece
    {
        qint64 sourceStart = 0; // code points into the source
        qint64 length = 0;
        Side side = Side::Zh;
        qint64 sideStart = 0; // code points into the side's text (segments joined with '\n')
    };

    static RefiSourceLayout exact(const QList<Piece> &pieces);
    // rowLines: each segment's 1-based source line.
    static RefiSourceLayout byQuote(const QVector<int> &rowLines);

    bool isExact() const { return m_exact; }
    // What to ask QuotePlacer for the source's code points [start, end).
    QuotePlacer::Request request(const CodePointText &source, qint64 start, qint64 end) const;

private:
    int pieceAt(qint64 position, bool asEnd) const;

    bool m_exact = false;
    QList<Piece> m_pieces;
    QVector<int> m_rowLines;
};

} // namespace bitext
