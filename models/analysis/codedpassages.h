#pragma once

#include "models/analysis/analysisfilter.h"
#include "models/domain/tag.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

namespace bitext {

class Library;

// What a coding matrix reads of a library for one AnalysisFilter, in a few set-based
// queries (annotations with the segments they span, their tags, the codebook, the
// speakers or titles, and for coverage the text): every quote of the filter cut into
// its pieces, one per segment it covers. A piece is a range of one side of one
// segment, in code points of the stored text; the pieces in segments the filter leaves
// out (another document, speaker or side) are dropped, and so is a quote with no piece
// left or with none of the filter's codes. Orphaned quotes have no passage and are left out.
class CodedPassages
{
public:
    struct Piece
    {
        int segment = 0; // index into segments
        int start = 0;
        int end = 0; // exclusive, > start
    };
    struct Quote
    {
        qint64 id = 0;
        qint64 documentId = 0;
        Side side = Side::Zh;
        QVector<int> codes; // indexes into codes(), ascending
        QVector<Piece> pieces; // in reading order
    };
    struct Segment
    {
        qint64 id = 0;
        qint64 documentId = 0;
        qint64 speakerId = 0;
        QString zh; // filled with the text only (coverage)
        QString en;
        const QString &text(Side side) const { return side == Side::Zh ? zh : en; }
    };

    // Everyone who coded a quote (Annotation::author), by name; "" for unsigned quotes.
    static QStringList coders(Library &library);
    // withText: also every segment of the filter with its text (what coverage divides by).
    static CodedPassages load(Library &library, const AnalysisFilter &filter, bool withText);

    const AnalysisFilter &filter() const { return m_filter; }
    // The filter's codes (every tag of the checked subtrees; all tags without any), in
    // path order (parents before children).
    const QList<Tag> &codes() const { return m_codes; }
    const QVector<Quote> &quotes() const { return m_quotes; }
    const QVector<Segment> &segments() const { return m_segments; }
    // The sides the filter looks at.
    QList<Side> sides() const;
    // The speakers who speak in the filter's documents (their segments), ordered by
    // name, 0 last for the text without a speaker; and the filter's documents by title.
    const QList<qint64> &speakerIds() const { return m_speakerIds; }
    const QHash<qint64, QString> &speakerNames() const { return m_speakerNames; }
    const QList<qint64> &documentIds() const { return m_documentIds; }
    const QHash<qint64, QString> &documentTitles() const { return m_documentTitles; }

private:
    void loadCodes(Library &library);
    void loadColumns(Library &library);
    void loadQuotes(Library &library);
    void loadText(Library &library);
    int segmentIndex(qint64 id, qint64 documentId, qint64 speakerId);
    bool keepsSpeaker(qint64 speakerId) const;
    // " AND <column> IN (1,2,3)" for the filter's documents, empty for all.
    QString documentCondition(const QString &column) const;

    AnalysisFilter m_filter;
    QList<Tag> m_codes;
    QVector<Quote> m_quotes;
    QVector<Segment> m_segments;
    QHash<qint64, int> m_segmentIndex;
    QList<qint64> m_speakerIds;
    QHash<qint64, QString> m_speakerNames;
    QList<qint64> m_documentIds;
    QHash<qint64, QString> m_documentTitles;
    bool m_textLoaded = false;
};

} // namespace bitext
