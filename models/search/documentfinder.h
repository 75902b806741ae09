#pragma once

#include "models/domain/segment.h"
#include "models/search/searchquery.h"
#include "models/search/searchresult.h"
#include "models/search/searchtokenizer.h"

#include <QList>
#include <QString>

#include <vector>

namespace bitext {

// One occurrence of the find-in-document query: which segment, which side, where.
struct DocumentHit
{
    qint64 segmentId = 0;
    int segmentOrdinal = 0;
    Side side = Side::Zh;
    TextRange range; // in the side's original text
};

// Find in one document (Ctrl+F): every occurrence of a query in both sides of the
// segments, in reading order (segment, then Chinese before English), with the same
// folding as library search, so 對齊 finds 对齐 and Alignment finds alignment. It
// finds substrings, so each letter typed narrows the hits (Cl, Cla, … Claude); plain
// text is one phrase, while library search syntax (quotes, OR, NOT, prefix*) still
// works. The segments are folded and tokenized once, so each letter typed only matches.
class DocumentFinder
{
public:
    DocumentFinder() = default;
    explicit DocumentFinder(const QList<Segment> &segments);

    QList<DocumentHit> find(const QString &query) const;
    // One search in segments not kept.
    static QList<DocumentHit> find(const QList<Segment> &segments, const QString &query);
    // The phrases a query looks for.
    static QList<QueryPhrase> phrases(const QString &query);

private:
    // A side in the shared buffers below: a 20,000-segment document is kept in a few
    // large arrays rather than a string per token (which took about 220 MB).
    struct PreparedSide
    {
        qint64 segmentId = 0;
        int segmentOrdinal = 0;
        Side side = Side::Zh;
        int textStart = 0; // in m_folded
        int textLength = 0;
        int tokenStart = 0; // in m_tokens, positions relative to textStart
        int tokenCount = 0;
        int offsetsStart = -1; // in m_originalOffsets; -1: folding kept every position
    };
    QString m_folded; // the folded text of every side, one after another
    std::vector<TokenSpan> m_tokens;
    std::vector<int> m_originalOffsets; // per side that needs them: textLength starts, then ends
    std::vector<PreparedSide> m_sides; // reading order
};

} // namespace bitext
