#include "models/store/librarymerger.h"

#include "models/core/error.h"
#include "models/core/jsontext.h"
#include "models/search/searchindex.h"
#include "models/store/connectionidentity.h"
#include "models/store/database.h"
#include "models/store/library.h"
#include "models/store/tablerows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>

namespace bitext {

namespace {

const QString kId = QStringLiteral("id");
const QString kDocumentId = QStringLiteral("document_id");
const QString kAnnotationId = QStringLiteral("annotation_id");

// The order of the counts, and their keys (see the header).
const char *const kCountKeys[]
    = {"documents_added", "documents_matched", "annotations_added", "annotations_merged", "annotations_skipped",
        "tags_added", "tags_matched", "speakers_added", "speakers_matched", "notes_added", "notes_merged"};

bool sameLibrary(Library &a, Library &b)
{
    const bool aUrl = ConnectionIdentity::isUrl(a.location());
    if (aUrl != ConnectionIdentity::isUrl(b.location()))
        return false;
    if (aUrl)
        return ConnectionIdentity::fromUrl(a.location()) == ConnectionIdentity::fromUrl(b.location());
    return QFileInfo(a.location()).canonicalFilePath() == QFileInfo(b.location()).canonicalFilePath();
}

qint64 idOf(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

// A source id through a map; a NULL stays NULL, an id the map lacks is 0.
QVariant mapped(const QHash<qint64, qint64> &ids, const QVariant &value)
{
    return value.isNull() ? QVariant() : QVariant(ids.value(value.toLongLong()));
}

} // namespace

LibraryMerger::Counts LibraryMerger::merge(Library &source, Library &destination)
{
    if (sameLibrary(source, destination))
        throw Error(QCoreApplication::translate("LibraryMerger", "%1 cannot be merged into itself.")
                        .arg(destination.location()));
    LibraryMerger merger(source.database(), destination.database());
    Transaction tx(destination.database());
    merger.run();
    tx.commit();
    emit destination.documentsChanged();
    emit destination.speakersChanged();
    emit destination.tagsChanged();
    return merger.counts();
}

LibraryMerger::LibraryMerger(Database &from, Database &to)
    : m_from(from)
    , m_to(to)
{
    for (const char *key : kCountKeys)
        m_counts.insert(QLatin1String(key), 0);
}

void LibraryMerger::run()
{
    for (const char *table :
        {"documents", "sections", "speakers", "segments", "tags", "annotations", "annotation_tags", "notes"})
        m_rows.insert(QLatin1String(table), TableRows::read(m_from, QLatin1String(table)));
    m_rows[QStringLiteral("tags")].orderParentsFirst();
    mergeSpeakers();
    mergeTags();
    mergeDocuments();
    mergeAnnotations();
    SearchIndex(m_to).rebuild();
}

void LibraryMerger::mergeSpeakers()
{
    const TableRows &speakers = m_rows[QStringLiteral("speakers")];
    QHash<qint64, qint64> &ids = m_ids[QStringLiteral("speakers")];
    for (const QVariantList &row : speakers.values) {
        const QString name = speakers.value(row, QStringLiteral("name")).toString();
        // The speaker of that name, else the one who has it as an alias (the same
        // person, renamed in one of the libraries).
        qint64 id = 0;
        QStringList aliases;
        QSqlQuery q
            = m_to.exec(QStringLiteral("SELECT id, aliases, name FROM speakers ORDER BY name <> ?, id"), {name});
        while (id == 0 && q.next()) {
            aliases = stringListFromJson(q.value(1).toString());
            if (q.value(2).toString() == name || aliases.contains(name))
                id = q.value(0).toLongLong();
        }
        if (id == 0) {
            ids.insert(idOf(speakers.value(row, kId)), insert(QStringLiteral("speakers"), speakers, row, {}));
            ++m_counts[QStringLiteral("speakers_added")];
            continue;
        }
        ids.insert(idOf(speakers.value(row, kId)), id);
        ++m_counts[QStringLiteral("speakers_matched")];
        const int before = int(aliases.size());
        for (const QString &alias : stringListFromJson(speakers.value(row, QStringLiteral("aliases")).toString()))
            if (!aliases.contains(alias))
                aliases << alias;
        if (aliases.size() != before)
            m_to.exec(QStringLiteral("UPDATE speakers SET aliases = ? WHERE id = ?"), {jsonText(aliases), id});
    }
}

void LibraryMerger::mergeTags()
{
    // Parents come first, so a tag's parent is already mapped: the path from the
    // root matches level by level.
    const TableRows &tags = m_rows[QStringLiteral("tags")];
    QHash<qint64, qint64> &ids = m_ids[QStringLiteral("tags")];
    for (const QVariantList &row : tags.values) {
        const QVariant parent = mapped(ids, tags.value(row, QStringLiteral("parent_id")));
        const QVariant existing
            = m_to.scalar(QStringLiteral("SELECT id FROM tags WHERE coalesce(parent_id, 0) = ? AND name = ?"),
                {qint64(idOf(parent)), tags.value(row, QStringLiteral("name"))});
        if (existing.isValid()) {
            ids.insert(idOf(tags.value(row, kId)), existing.toLongLong());
            ++m_counts[QStringLiteral("tags_matched")];
        } else {
            ids.insert(idOf(tags.value(row, kId)),
                insert(QStringLiteral("tags"), tags, row, {{QStringLiteral("parent_id"), parent}}));
            ++m_counts[QStringLiteral("tags_added")];
        }
    }
}

void LibraryMerger::mergeDocuments()
{
    const TableRows &documents = m_rows[QStringLiteral("documents")];
    for (const QVariantList &row : documents.values) {
        const QVariant existing = m_to.scalar(
            QStringLiteral("SELECT id FROM documents WHERE content_hash = ? AND title = ? ORDER BY id LIMIT 1"),
            {documents.value(row, QStringLiteral("content_hash")), documents.value(row, QStringLiteral("title"))});
        if (existing.isValid()) {
            matchDocument(idOf(documents.value(row, kId)), existing.toLongLong());
            ++m_counts[QStringLiteral("documents_matched")];
        } else {
            addDocument(row);
            ++m_counts[QStringLiteral("documents_added")];
        }
    }
}

void LibraryMerger::addDocument(const QVariantList &row)
{
    const qint64 sourceId = idOf(m_rows[QStringLiteral("documents")].value(row, kId));
    const qint64 id = insert(QStringLiteral("documents"), m_rows[QStringLiteral("documents")], row, {});
    m_ids[QStringLiteral("documents")].insert(sourceId, id);
    QHash<qint64, qint64> &sectionIds = m_ids[QStringLiteral("sections")];
    const TableRows &sections = m_rows[QStringLiteral("sections")];
    for (const QVariantList &section : rowsWith(QStringLiteral("sections"), kDocumentId, sourceId))
        sectionIds.insert(idOf(sections.value(section, kId)),
            insert(QStringLiteral("sections"), sections, section, {{kDocumentId, id}}));
    const TableRows &segments = m_rows[QStringLiteral("segments")];
    for (const QVariantList &segment : rowsWith(QStringLiteral("segments"), kDocumentId, sourceId)) {
        const QHash<QString, QVariant> values = {{kDocumentId, id},
            {QStringLiteral("section_id"), mapped(sectionIds, segments.value(segment, QStringLiteral("section_id")))},
            {QStringLiteral("speaker_id"),
                mapped(m_ids[QStringLiteral("speakers")], segments.value(segment, QStringLiteral("speaker_id")))}};
        m_ids[QStringLiteral("segments")].insert(
            idOf(segments.value(segment, kId)), insert(QStringLiteral("segments"), segments, segment, values));
    }
    for (const QVariantList &note : rowsWith(QStringLiteral("notes"), kDocumentId, sourceId))
        mergeNote(kDocumentId, id, note);
    // Announced, and its figures (DocumentStats) computed before the merge commits.
    m_to.record({Change::Kind::Document, Change::Op::Inserted, id, id});
}

void LibraryMerger::matchDocument(qint64 sourceId, qint64 destinationId)
{
    m_matched.insert(sourceId);
    m_ids[QStringLiteral("documents")].insert(sourceId, destinationId);
    // Sections and segments are the same text in the same order: matched by ordinal.
    for (const char *name : {"sections", "segments"}) {
        const QString table = QLatin1String(name);
        QHash<qint64, qint64> byOrdinal;
        QSqlQuery q
            = m_to.exec(QStringLiteral("SELECT ordinal, id FROM %1 WHERE document_id = ?").arg(table), {destinationId});
        while (q.next())
            byOrdinal.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        const TableRows &rows = m_rows[table];
        for (const QVariantList &row : rowsWith(table, kDocumentId, sourceId)) {
            const qint64 ordinal = idOf(rows.value(row, QStringLiteral("ordinal")));
            if (byOrdinal.contains(ordinal))
                m_ids[table].insert(idOf(rows.value(row, kId)), byOrdinal.value(ordinal));
        }
    }
    for (const QVariantList &note : rowsWith(QStringLiteral("notes"), kDocumentId, sourceId))
        mergeNote(kDocumentId, destinationId, note);
}

void LibraryMerger::mergeAnnotations()
{
    const TableRows &annotations = m_rows[QStringLiteral("annotations")];
    const TableRows &annotationTags = m_rows[QStringLiteral("annotation_tags")];
    const QHash<qint64, qint64> &segmentIds = m_ids[QStringLiteral("segments")];
    for (const QVariantList &row : annotations.values) {
        const qint64 sourceDocument = idOf(annotations.value(row, kDocumentId));
        const qint64 document = m_ids[QStringLiteral("documents")].value(sourceDocument);
        const QVariant start = mapped(segmentIds, annotations.value(row, QStringLiteral("start_segment_id")));
        const QVariant end = mapped(segmentIds, annotations.value(row, QStringLiteral("end_segment_id")));
        // A passage in a segment the destination's copy of the document lacks.
        if (document == 0 || (start.isValid() && idOf(start) == 0) || (end.isValid() && idOf(end) == 0)) {
            ++m_counts[QStringLiteral("annotations_skipped")];
            continue;
        }
        qint64 id = 0;
        if (m_matched.contains(sourceDocument))
            id = idOf(m_to.scalar(
                QStringLiteral("SELECT id FROM annotations WHERE document_id = ? AND side = ? "
                               "AND coalesce(start_segment_id, 0) = ? AND start_offset = ? "
                               "AND coalesce(end_segment_id, 0) = ? AND end_offset = ? ORDER BY id LIMIT 1"),
                {document, annotations.value(row, QStringLiteral("side")), idOf(start),
                    annotations.value(row, QStringLiteral("start_offset")), idOf(end),
                    annotations.value(row, QStringLiteral("end_offset"))}));
        const bool added = id == 0;
        if (added)
            id = insert(QStringLiteral("annotations"), annotations, row,
                {{kDocumentId, document}, {QStringLiteral("start_segment_id"), start},
                    {QStringLiteral("end_segment_id"), end}});
        bool changed = false;
        const qint64 sourceId = idOf(annotations.value(row, kId));
        for (const QVariantList &tagRow : rowsWith(QStringLiteral("annotation_tags"), kAnnotationId, sourceId)) {
            const qint64 tag
                = m_ids[QStringLiteral("tags")].value(idOf(annotationTags.value(tagRow, QStringLiteral("tag_id"))));
            if (m_to.scalar(QStringLiteral("SELECT 1 FROM annotation_tags WHERE annotation_id = ? AND tag_id = ?"),
                        {id, tag})
                    .isValid())
                continue;
            m_to.exec(QStringLiteral("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)"), {id, tag});
            changed = true;
        }
        for (const QVariantList &note : rowsWith(QStringLiteral("notes"), kAnnotationId, sourceId))
            changed = mergeNote(kAnnotationId, id, note) || changed;
        ++m_counts[added  ? QStringLiteral("annotations_added")
                : changed ? QStringLiteral("annotations_merged")
                          : QStringLiteral("annotations_skipped")];
    }
}

bool LibraryMerger::mergeNote(const QString &column, qint64 ownerId, const QVariantList &note)
{
    const TableRows &notes = m_rows[QStringLiteral("notes")];
    const QString body = notes.value(note, QStringLiteral("body")).toString();
    QSqlQuery q = m_to.exec(QStringLiteral("SELECT id, body FROM notes WHERE %1 = ?").arg(column), {ownerId});
    if (!q.next()) {
        insert(QStringLiteral("notes"), notes, note,
            {{column, ownerId}, {column == kDocumentId ? kAnnotationId : kDocumentId, QVariant()}});
        ++m_counts[QStringLiteral("notes_added")];
        return true;
    }
    const qint64 id = q.value(0).toLongLong();
    const QString existing = q.value(1).toString();
    if (existing.contains(body))
        return false;
    // Nothing is dropped: the source's note replaces one it extends, else follows it.
    const QString merged = body.contains(existing) ? body : existing + QStringLiteral("\n\n") + body;
    QString sql = QStringLiteral("UPDATE notes SET body = ?, modified = ?");
    if (destinationColumns(QStringLiteral("notes")).contains(QStringLiteral("version")))
        sql += QStringLiteral(", version = version + 1");
    m_to.exec(sql + QStringLiteral(" WHERE id = ?"),
        {merged, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), id});
    ++m_counts[QStringLiteral("notes_merged")];
    return true;
}

QList<QVariantList> LibraryMerger::rowsWith(const QString &table, const QString &column, qint64 id)
{
    const QString key = table + QLatin1Char('.') + column;
    if (!m_index.contains(key))
        m_index.insert(key, m_rows[table].indexBy(column));
    QList<QVariantList> rows;
    for (const int row : m_index[key].value(id))
        rows << m_rows[table].values.at(row);
    return rows;
}

qint64 LibraryMerger::insert(
    const QString &table, const TableRows &rows, const QVariantList &row, const QHash<QString, QVariant> &values)
{
    // The columns both libraries have, but the id (the destination makes its own).
    const QStringList target = destinationColumns(table);
    QList<int> shared;
    for (int i = 0; i < rows.columns.size(); ++i)
        if (rows.columns.at(i) != kId && target.contains(rows.columns.at(i)))
            shared << i;
    if (!m_inserts.contains(table)) {
        QStringList columns;
        QStringList marks;
        for (const int i : shared) {
            columns << rows.columns.at(i);
            marks << QStringLiteral("?");
        }
        m_inserts.insert(table,
            m_to.prepareInsert(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))));
    }
    QSqlQuery &query = m_inserts[table];
    for (int i = 0; i < shared.size(); ++i) {
        const QString &column = rows.columns.at(shared.at(i));
        query.bindValue(i, values.contains(column) ? values.value(column) : row.at(shared.at(i)));
    }
    return m_to.insert(query);
}

QStringList LibraryMerger::destinationColumns(const QString &table)
{
    if (!m_columns.contains(table)) {
        QSqlQuery q = m_to.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table));
        const QSqlRecord record = q.record();
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        m_columns.insert(table, columns);
    }
    return m_columns.value(table);
}

LibraryMerger::Counts LibraryMerger::counts() const
{
    Counts counts;
    for (const char *key : kCountKeys)
        counts << qMakePair(QLatin1String(key), m_counts.value(QLatin1String(key)));
    return counts;
}

} // namespace bitext
