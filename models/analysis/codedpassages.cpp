#include "models/analysis/codedpassages.h"

#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace bitext {

namespace {

// Every annotation with each segment from its first to its last, and the length of its
// side's text there: the pieces, without reading the text. Orphans have no segments.
const QString kPieces = QStringLiteral(
    "SELECT a.id, a.document_id, a.side, a.author, a.start_offset, a.end_offset, s1.ordinal, s2.ordinal, "
    "s.id, s.ordinal, s.speaker_id, CASE WHEN a.side = 'zh' THEN length(s.zh) ELSE length(s.en) END "
    "FROM annotations a JOIN segments s1 ON s1.id = a.start_segment_id "
    "JOIN segments s2 ON s2.id = a.end_segment_id "
    "JOIN segments s ON s.document_id = a.document_id AND s.ordinal >= s1.ordinal AND s.ordinal <= s2.ordinal "
    "WHERE a.orphaned = 0");

bool byName(const QString &a, const QString &b)
{
    const int order = a.compare(b, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a < b;
}

} // namespace

CodedPassages CodedPassages::load(Library &library, const AnalysisFilter &filter, bool withText)
{
    CodedPassages passages;
    passages.m_filter = filter;
    passages.loadCodes(library);
    passages.loadColumns(library);
    if (withText)
        passages.loadText(library);
    passages.loadQuotes(library);
    return passages;
}

QStringList CodedPassages::coders(Library &library)
{
    QStringList names;
    QSqlQuery q = library.database().exec(QStringLiteral("SELECT DISTINCT author FROM annotations"));
    while (q.next())
        names << q.value(0).toString();
    std::sort(names.begin(), names.end(), byName);
    return names;
}

QList<Side> CodedPassages::sides() const
{
    if (m_filter.side)
        return {*m_filter.side};
    return {Side::Zh, Side::En};
}

QString CodedPassages::documentCondition(const QString &column) const
{
    if (m_filter.documentIds.isEmpty())
        return QString();
    QStringList ids;
    for (qint64 id : m_filter.documentIds)
        ids << QString::number(id);
    return QStringLiteral(" AND %1 IN (%2)").arg(column, ids.join(QLatin1Char(',')));
}

bool CodedPassages::keepsSpeaker(qint64 speakerId) const
{
    return m_filter.speakerIds.isEmpty() || m_filter.speakerIds.contains(speakerId);
}

void CodedPassages::loadCodes(Library &library)
{
    const QList<Tag> tags = library.tags().list();
    const QSet<qint64> chosen(m_filter.tagIds.cbegin(), m_filter.tagIds.cend());
    QSet<qint64> kept;
    for (const Tag &tag : tags) { // parents come before their children
        if (chosen.isEmpty() || chosen.contains(tag.id) || kept.contains(tag.parentId)) {
            kept.insert(tag.id);
            m_codes << tag;
        }
    }
}

void CodedPassages::loadColumns(Library &library)
{
    Database &db = library.database();
    const QHash<qint64, QString> titles = library.documents().titles();
    for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
        if (m_filter.documentIds.isEmpty() || m_filter.documentIds.contains(it.key())) {
            m_documentIds << it.key();
            m_documentTitles.insert(it.key(), it.value());
        }
    }
    std::sort(m_documentIds.begin(), m_documentIds.end(), [this](qint64 a, qint64 b) {
        const QString &ta = m_documentTitles[a];
        const QString &tb = m_documentTitles[b];
        return ta == tb ? a < b : byName(ta, tb);
    });

    QSqlQuery q = db.exec(QStringLiteral("SELECT DISTINCT ds.speaker_id, sp.name FROM document_speakers ds "
                                         "JOIN speakers sp ON sp.id = ds.speaker_id WHERE 1 = 1")
        + documentCondition(QStringLiteral("ds.document_id")));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (keepsSpeaker(id)) {
            m_speakerIds << id;
            m_speakerNames.insert(id, q.value(1).toString());
        }
    }
    std::sort(m_speakerIds.begin(), m_speakerIds.end(),
        [this](qint64 a, qint64 b) { return byName(m_speakerNames[a], m_speakerNames[b]); });
    if (keepsSpeaker(0)
        && db.scalar(QStringLiteral("SELECT 1 FROM segments WHERE speaker_id IS NULL")
                 + documentCondition(QStringLiteral("document_id")) + QStringLiteral(" LIMIT 1"))
               .isValid()) {
        m_speakerIds << 0;
        m_speakerNames.insert(0, QCoreApplication::translate("CodingMatrix", "(no speaker)"));
    }
}

void CodedPassages::loadText(Library &library)
{
    m_textLoaded = true;
    const QList<Side> looked = sides();
    QSqlQuery q = library.database().exec(QStringLiteral("SELECT id, document_id, speaker_id, zh, en FROM segments "
                                                         "WHERE 1 = 1")
        + documentCondition(QStringLiteral("document_id")) + QStringLiteral(" ORDER BY document_id, ordinal"));
    while (q.next()) {
        const qint64 speakerId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        if (!keepsSpeaker(speakerId))
            continue;
        const int index = segmentIndex(q.value(0).toLongLong(), q.value(1).toLongLong(), speakerId);
        if (looked.contains(Side::Zh))
            m_segments[index].zh = q.value(3).toString();
        if (looked.contains(Side::En))
            m_segments[index].en = q.value(4).toString();
    }
}

int CodedPassages::segmentIndex(qint64 id, qint64 documentId, qint64 speakerId)
{
    const auto it = m_segmentIndex.constFind(id);
    if (it != m_segmentIndex.constEnd())
        return *it;
    m_segments.append({id, documentId, speakerId, QString(), QString()});
    m_segmentIndex.insert(id, int(m_segments.size() - 1));
    return int(m_segments.size() - 1);
}

void CodedPassages::loadQuotes(Library &library)
{
    Database &db = library.database();
    QHash<qint64, int> codeIndex;
    for (int i = 0; i < m_codes.size(); ++i)
        codeIndex.insert(m_codes.at(i).id, i);
    QHash<qint64, QVector<int>> codesOf;
    QSqlQuery t = db.exec(QStringLiteral("SELECT at.annotation_id, at.tag_id FROM annotation_tags at "
                                         "JOIN annotations a ON a.id = at.annotation_id WHERE 1 = 1")
        + documentCondition(QStringLiteral("a.document_id")));
    while (t.next()) {
        const auto code = codeIndex.constFind(t.value(1).toLongLong());
        if (code != codeIndex.constEnd())
            codesOf[t.value(0).toLongLong()] << *code;
    }

    // With the text loaded, the filter's segments are known: a piece elsewhere is dropped.
    const bool textLoaded = m_textLoaded;
    QString sql = kPieces + documentCondition(QStringLiteral("a.document_id"));
    if (m_filter.side)
        sql += QStringLiteral(" AND a.side = '%1'").arg(sideName(*m_filter.side));
    QSqlQuery q = db.exec(sql + QStringLiteral(" ORDER BY a.id, s.ordinal"));
    Quote quote;
    bool skipped = true;
    const auto finish = [&] {
        if (!skipped && !quote.pieces.isEmpty())
            m_quotes << quote;
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != quote.id) {
            finish();
            quote = Quote();
            quote.id = id;
            quote.documentId = q.value(1).toLongLong();
            quote.side = sideFromName(q.value(2).toString()).value_or(Side::Zh);
            quote.codes = codesOf.value(id);
            std::sort(quote.codes.begin(), quote.codes.end());
            skipped = quote.codes.isEmpty()
                || (!m_filter.authors.isEmpty() && !m_filter.authors.contains(q.value(3).toString()));
        }
        if (skipped)
            continue;
        const qint64 speakerId = q.value(10).isNull() ? 0 : q.value(10).toLongLong();
        const qint64 segmentId = q.value(8).toLongLong();
        if (!keepsSpeaker(speakerId) || (textLoaded && !m_segmentIndex.contains(segmentId)))
            continue;
        const int ordinal = q.value(9).toInt();
        const int length = q.value(11).toInt();
        const int start = ordinal == q.value(6).toInt() ? std::clamp(q.value(4).toInt(), 0, length) : 0;
        const int end = ordinal == q.value(7).toInt() ? std::clamp(q.value(5).toInt(), 0, length) : length;
        if (end > start)
            quote.pieces.append({segmentIndex(segmentId, quote.documentId, speakerId), start, end});
    }
    finish();
}

} // namespace bitext
