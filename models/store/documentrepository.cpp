#include "models/store/documentrepository.h"

#include "models/core/error.h"
#include "models/core/jsontext.h"
#include "models/search/searchindex.h"
#include "models/store/bulkstatement.h"
#include "models/store/database.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace bitext {

namespace {

const QString kDocumentColumns
    = QStringLiteral("id, title, format, source_file, source_url, date, languages, encoding, content_hash, "
                     "imported_at, people, keywords, summary, metadata, media_path");

} // namespace

DocumentRepository::DocumentRepository(Library &library)
    : m_library(library)
{
}

Document DocumentRepository::documentFromRow(const QSqlQuery &q)
{
    Document d;
    d.id = q.value(0).toLongLong();
    d.title = q.value(1).toString();
    d.format = q.value(2).toString();
    d.sourceFile = q.value(3).toString();
    d.sourceUrl = q.value(4).toString();
    d.date = q.value(5).toString();
    d.languages = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    d.encoding = q.value(7).toString();
    d.contentHash = q.value(8).toString();
    d.importedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    d.people = stringListFromJson(q.value(10).toString());
    d.keywords = stringListFromJson(q.value(11).toString());
    d.summary = q.value(12).toString();
    d.metadata = objectFromJson(q.value(13).toString());
    d.mediaPath = q.value(14).toString();
    return d;
}

QList<DocumentSummary> DocumentRepository::list()
{
    return summariesWhere(QString());
}

QList<DocumentSummary> DocumentRepository::summaries(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QString::number(id);
    // Ids are numbers this process holds, never text from outside.
    return summariesWhere(QStringLiteral(" IN (") + numbers.join(QLatin1Char(',')) + QLatin1Char(')'));
}

QList<DocumentSummary> DocumentRepository::summariesWhere(const QString &idFilter)
{
    // The stored figures (DocumentStats), never an aggregate over segments: a
    // thousand documents of a thousand segments each list in a few milliseconds.
    auto where = [&](const QString &column) {
        return idFilter.isEmpty() ? QString() : QStringLiteral(" WHERE ") + column + idFilter;
    };
    Database &db = m_library.database();
    QList<DocumentSummary> result;
    QHash<qint64, int> row;
    QSqlQuery q = db.exec(QStringLiteral("SELECT ") + kDocumentColumns
        + QStringLiteral(", coalesce(st.segment_count, 0) FROM documents "
                         "LEFT JOIN document_stats st ON st.document_id = documents.id")
        + where(QStringLiteral("documents.id")) + QStringLiteral(" ORDER BY id"));
    while (q.next()) {
        DocumentSummary summary;
        summary.document = documentFromRow(q);
        summary.segmentCount = q.value(15).toInt();
        row.insert(summary.document.id, int(result.size()));
        result << summary;
    }

    // Speakers in order of first appearance; tags used by the document's annotations.
    q = db.exec(QStringLiteral("SELECT ds.document_id, sp.name FROM document_speakers ds "
                               "JOIN speakers sp ON sp.id = ds.speaker_id")
        + where(QStringLiteral("ds.document_id")) + QStringLiteral(" ORDER BY ds.document_id, ds.first_ordinal"));
    while (q.next()) {
        const auto it = row.constFind(q.value(0).toLongLong());
        if (it != row.constEnd())
            result[*it].speakers << q.value(1).toString();
    }
    q = db.exec(QStringLiteral("SELECT DISTINCT a.document_id, t.name FROM annotations a "
                               "JOIN annotation_tags at ON at.annotation_id = a.id "
                               "JOIN tags t ON t.id = at.tag_id")
        + where(QStringLiteral("a.document_id")) + QStringLiteral(" ORDER BY a.document_id, t.name"));
    while (q.next()) {
        const auto it = row.constFind(q.value(0).toLongLong());
        if (it != row.constEnd())
            result[*it].tags << q.value(1).toString();
    }
    return result;
}

QList<qint64> DocumentRepository::documentsWithSpeaker(qint64 speakerId)
{
    return ids(QStringLiteral("SELECT document_id FROM document_speakers WHERE speaker_id = ?"), speakerId);
}

QList<qint64> DocumentRepository::documentsWithTag(qint64 tagId)
{
    return ids(QStringLiteral("SELECT DISTINCT a.document_id FROM annotation_tags at "
                              "JOIN annotations a ON a.id = at.annotation_id WHERE at.tag_id = ?"),
        tagId);
}

QList<qint64> DocumentRepository::ids(const QString &sql, qint64 value)
{
    QList<qint64> result;
    QSqlQuery q = m_library.database().exec(sql, {value});
    while (q.next())
        result << q.value(0).toLongLong();
    return result;
}

QHash<qint64, QString> DocumentRepository::titles()
{
    QHash<qint64, QString> titles;
    QSqlQuery q = m_library.database().exec(QStringLiteral("SELECT id, title FROM documents"));
    while (q.next())
        titles.insert(q.value(0).toLongLong(), q.value(1).toString());
    return titles;
}

std::optional<Document> DocumentRepository::find(qint64 id)
{
    QSqlQuery q = m_library.database().exec(
        QStringLiteral("SELECT ") + kDocumentColumns + QStringLiteral(" FROM documents WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return documentFromRow(q);
}

std::optional<Document> DocumentRepository::findByHash(const QString &contentHash)
{
    QSqlQuery q = m_library.database().exec(QStringLiteral("SELECT ") + kDocumentColumns
            + QStringLiteral(" FROM documents WHERE content_hash = ? ORDER BY id LIMIT 1"),
        {contentHash});
    if (!q.next())
        return std::nullopt;
    return documentFromRow(q);
}

std::optional<Document> DocumentRepository::findPreviousVersion(const QString &sourceFile, const QString &title)
{
    QSqlQuery q = m_library.database().exec(QStringLiteral("SELECT ") + kDocumentColumns
            + QStringLiteral(
                " FROM documents WHERE (source_file <> '' AND source_file = ?) OR (title <> '' AND title = ?)"
                " ORDER BY id DESC LIMIT 1"),
        {sourceFile, title});
    if (!q.next())
        return std::nullopt;
    return documentFromRow(q);
}

QList<Section> DocumentRepository::sections(qint64 documentId)
{
    QList<Section> result;
    QSqlQuery q = m_library.database().exec(
        QStringLiteral("SELECT id, ordinal, title, level FROM sections WHERE document_id = ? ORDER BY ordinal"),
        {documentId});
    while (q.next()) {
        Section s;
        s.id = q.value(0).toLongLong();
        s.documentId = documentId;
        s.ordinal = q.value(1).toInt();
        s.title = q.value(2).toString();
        s.level = q.value(3).toInt();
        result << s;
    }
    return result;
}

namespace {

const QString kSegmentSelect
    = QStringLiteral("SELECT s.id, s.document_id, s.ordinal, sec.ordinal, s.speaker_id, sp.name, s.zh, s.en, "
                     "s.zh_original, s.en_original, s.start_ms, s.end_ms, s.source_line, s.confidence, s.untranslated "
                     "FROM segments s LEFT JOIN sections sec ON sec.id = s.section_id "
                     "LEFT JOIN speakers sp ON sp.id = s.speaker_id ");

Segment segmentFromRow(const QSqlQuery &q)
{
    Segment s;
    s.id = q.value(0).toLongLong();
    s.documentId = q.value(1).toLongLong();
    s.ordinal = q.value(2).toInt();
    s.sectionOrdinal = q.value(3).isNull() ? -1 : q.value(3).toInt();
    s.speakerId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    s.speaker = q.value(5).toString();
    s.zh = q.value(6).toString();
    s.en = q.value(7).toString();
    s.zhOriginal = q.value(8).toString();
    s.enOriginal = q.value(9).toString();
    if (!q.value(10).isNull())
        s.startMs = q.value(10).toLongLong();
    if (!q.value(11).isNull())
        s.endMs = q.value(11).toLongLong();
    s.sourceLine = q.value(12).toInt();
    if (!q.value(13).isNull())
        s.confidence = q.value(13).toDouble();
    s.untranslated = q.value(14).toInt() != 0;
    return s;
}

} // namespace

QList<Segment> DocumentRepository::segments(qint64 documentId)
{
    QList<Segment> result;
    QSqlQuery q = m_library.database().exec(
        kSegmentSelect + QStringLiteral("WHERE s.document_id = ? ORDER BY s.ordinal"), {documentId});
    while (q.next())
        result << segmentFromRow(q);
    return result;
}

std::optional<Segment> DocumentRepository::segment(qint64 segmentId)
{
    QSqlQuery q = m_library.database().exec(kSegmentSelect + QStringLiteral("WHERE s.id = ?"), {segmentId});
    if (!q.next())
        return std::nullopt;
    return segmentFromRow(q);
}

int DocumentRepository::segmentCount(qint64 documentId)
{
    return m_library.database()
        .scalar(QStringLiteral("SELECT count(*) FROM segments WHERE document_id = ?"), {documentId})
        .toInt();
}

qint64 DocumentRepository::insert(const ParsedDocument &parsed)
{
    Database &db = m_library.database();
    const Document &d = parsed.document;
    if (d.title.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("DocumentRepository", "A document needs a title."));

    qint64 id = 0;
    db.write([&] {
        const QDateTime importedAt = d.importedAt.isValid() ? d.importedAt : QDateTime::currentDateTimeUtc();
        id = db.insert(
            QStringLiteral("INSERT INTO documents (title, format, source_file, source_url, date, languages, encoding, "
                           "content_hash, imported_at, people, keywords, summary, metadata, media_path) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {d.title, d.format, d.sourceFile, d.sourceUrl, d.date, d.languages.join(QLatin1Char(',')), d.encoding,
                d.contentHash, importedAt.toUTC().toString(Qt::ISODateWithMs), jsonText(d.people), jsonText(d.keywords),
                d.summary, jsonText(d.metadata), d.mediaPath});
        SearchIndex(db).setDocumentTitle(id, d.title);
        insertText(id, parsed);
        db.record({Change::Kind::Document, Change::Op::Inserted, id, id});
    });
    return id;
}

void DocumentRepository::insertText(qint64 documentId, const ParsedDocument &parsed)
{
    Database &db = m_library.database();
    QList<qint64> sectionIds;
    BulkStatement section(
        db, QStringLiteral("INSERT INTO sections (document_id, ordinal, title, level) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < parsed.sections.size(); ++i) {
        const Section &s = parsed.sections.at(i);
        section.bind(0, documentId);
        section.bind(1, i);
        section.bind(2, s.title);
        section.bind(3, s.level);
        sectionIds << section.insert();
    }

    QHash<QString, qint64> speakerIds;
    SearchIndex index(db);
    const bool folded = parsed.indexText.size() == 2 * parsed.segments.size();
    BulkStatement segment(db,
        QStringLiteral("INSERT INTO segments (document_id, ordinal, section_id, speaker_id, zh, en, zh_original, "
                       "en_original, start_ms, end_ms, source_line, confidence, untranslated) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < parsed.segments.size(); ++i) {
        const Segment &s = parsed.segments.at(i);
        qint64 speakerId = s.speakerId;
        if (speakerId == 0 && !s.speaker.trimmed().isEmpty()) {
            auto it = speakerIds.constFind(s.speaker);
            if (it == speakerIds.constEnd())
                it = speakerIds.insert(s.speaker, m_library.speakers().resolve(s.speaker));
            speakerId = *it;
        }
        const bool hasSection = s.sectionOrdinal >= 0 && s.sectionOrdinal < sectionIds.size();
        segment.bind(0, documentId);
        segment.bind(1, i);
        segment.bindId(2, hasSection ? sectionIds.at(s.sectionOrdinal) : 0);
        segment.bindId(3, speakerId);
        segment.bind(4, s.zh);
        segment.bind(5, s.en);
        // The text before clean-up is kept only where it differs.
        const auto bindOriginal = [&](int index, const QString &original, const QString &text) {
            if (original.isEmpty() || original == text)
                segment.bindNull(index, nullText());
            else
                segment.bind(index, original);
        };
        bindOriginal(6, s.zhOriginal, s.zh);
        bindOriginal(7, s.enOriginal, s.en);
        segment.bind(8, s.startMs);
        segment.bind(9, s.endMs);
        segment.bind(10, s.sourceLine);
        segment.bind(11, s.confidence);
        segment.bind(12, s.untranslated ? 1 : 0);
        const qint64 segmentId = segment.insert();
        if (folded)
            index.addSegmentIndexed(segmentId, documentId, parsed.indexText.at(2 * i), parsed.indexText.at(2 * i + 1));
        else
            index.addSegment(segmentId, documentId, s.zh, s.en);
    }
}

void DocumentRepository::replaceText(qint64 documentId, const ParsedDocument &parsed)
{
    Database &db = m_library.database();
    const Document &d = parsed.document;
    db.write([&] {
        db.exec(QStringLiteral("UPDATE documents SET format = ?, source_file = ?, languages = ?, encoding = ?, "
                               "content_hash = ?, imported_at = ? WHERE id = ?"),
            {d.format, d.sourceFile, d.languages.join(QLatin1Char(',')), d.encoding, d.contentHash,
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), documentId});
        SearchIndex(db).removeSegmentsOf(documentId); // before the segments go: it reads their text
        db.exec(QStringLiteral("DELETE FROM segments WHERE document_id = ?"), {documentId});
        db.exec(QStringLiteral("DELETE FROM sections WHERE document_id = ?"), {documentId});
        insertText(documentId, parsed);
        db.record({Change::Kind::Document, Change::Op::Updated, documentId, documentId});
    });
}

void DocumentRepository::updateMetadata(const Document &d)
{
    if (d.title.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("DocumentRepository", "A document needs a title."));
    Database &db = m_library.database();
    db.write([&] {
        SearchIndex(db).setDocumentTitle(d.id, d.title); // reads the old title: first
        db.exec(QStringLiteral("UPDATE documents SET title = ?, source_url = ?, date = ?, people = ?, keywords = ?, "
                               "summary = ?, metadata = ? WHERE id = ?"),
            {d.title, d.sourceUrl, d.date, jsonText(d.people), jsonText(d.keywords), d.summary, jsonText(d.metadata),
                d.id});
        db.record({Change::Kind::Document, Change::Op::Updated, d.id, d.id});
    });
}

void DocumentRepository::remove(qint64 documentId)
{
    Database &db = m_library.database();
    db.write([&] {
        // The index first: it reads the text of what the delete takes. Foreign keys
        // cascade to sections, segments, annotations and their notes.
        SearchIndex(db).removeDocument(documentId);
        db.exec(QStringLiteral("DELETE FROM documents WHERE id = ?"), {documentId});
        // Speakers stay: they are library-wide, with colours and aliases the user chose.
        db.record({Change::Kind::Document, Change::Op::Removed, documentId, documentId});
        db.record({Change::Kind::Annotation, Change::Op::Reset, 0, documentId});
        db.record({Change::Kind::Note, Change::Op::Reset, 0, documentId});
    });
}

} // namespace bitext
