#include "models/analysis/matrixquotes.h"

#include "models/store/database.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace bitext::MatrixQuotes {

QList<MatrixQuote> load(Library &library, const QList<qint64> &annotationIds)
{
    if (annotationIds.isEmpty())
        return {};
    QStringList numbers;
    for (qint64 id : annotationIds)
        numbers << QString::number(id);
    const QString ids = numbers.join(QLatin1Char(','));
    Database &db = library.database();
    QList<MatrixQuote> quotes;
    QHash<qint64, int> index;
    QHash<qint64, int> startOffsets;
    QSqlQuery q
        = db.exec(QStringLiteral("SELECT a.id, a.document_id, d.title, s.ordinal, sp.name, a.side, a.quote, a.author, "
                                 "a.start_offset FROM annotations a JOIN documents d ON d.id = a.document_id "
                                 "LEFT JOIN segments s ON s.id = a.start_segment_id "
                                 "LEFT JOIN speakers sp ON sp.id = s.speaker_id WHERE a.id IN (%1)")
                      .arg(ids));
    while (q.next()) {
        MatrixQuote quote;
        quote.annotationId = q.value(0).toLongLong();
        quote.documentId = q.value(1).toLongLong();
        quote.documentTitle = q.value(2).toString();
        quote.segmentOrdinal = q.value(3).isNull() ? -1 : q.value(3).toInt();
        quote.speaker = q.value(4).toString();
        quote.side = sideFromName(q.value(5).toString()).value_or(Side::Zh);
        quote.quote = q.value(6).toString();
        quote.author = q.value(7).toString();
        startOffsets.insert(quote.annotationId, q.value(8).toInt());
        quotes << quote;
    }
    std::sort(quotes.begin(), quotes.end(), [&](const MatrixQuote &a, const MatrixQuote &b) {
        if (a.documentTitle != b.documentTitle)
            return a.documentTitle.compare(b.documentTitle, Qt::CaseInsensitive) < 0;
        if (a.documentId != b.documentId)
            return a.documentId < b.documentId;
        if (a.segmentOrdinal != b.segmentOrdinal)
            return a.segmentOrdinal < b.segmentOrdinal;
        if (a.side != b.side)
            return a.side < b.side;
        const int offsetA = startOffsets.value(a.annotationId);
        const int offsetB = startOffsets.value(b.annotationId);
        return offsetA != offsetB ? offsetA < offsetB : a.annotationId < b.annotationId;
    });
    for (int i = 0; i < quotes.size(); ++i)
        index.insert(quotes.at(i).annotationId, i);

    QHash<qint64, QString> paths;
    const QList<Tag> tags = library.tags().list();
    for (const Tag &tag : tags)
        paths.insert(tag.id, tag.path);
    QSqlQuery t = db.exec(QStringLiteral("SELECT annotation_id, tag_id FROM annotation_tags "
                                         "WHERE annotation_id IN (%1)")
                              .arg(ids));
    while (t.next()) {
        const auto at = index.constFind(t.value(0).toLongLong());
        if (at != index.constEnd())
            quotes[*at].tags << paths.value(t.value(1).toLongLong());
    }
    for (MatrixQuote &quote : quotes)
        quote.tags.sort(Qt::CaseInsensitive);
    return quotes;
}

} // namespace bitext::MatrixQuotes
