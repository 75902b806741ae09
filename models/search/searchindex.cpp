#include "models/search/searchindex.h"

#include "models/search/searchtokenizer.h"
#include "models/store/bulkstatement.h"
#include "models/store/database.h"

namespace bitext {

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{
}

SearchIndex::~SearchIndex() = default;

void SearchIndex::add(Kind kind, qint64 ownerId, qint64 documentId, const QString &side, const QString &text)
{
    addBody(kind, ownerId, documentId, side, SearchTokenizer::indexText(text));
}

void SearchIndex::addBody(Kind kind, qint64 ownerId, qint64 documentId, const QString &side, const QString &body)
{
    if (body.isEmpty())
        return;
    if (!m_insertEntry) {
        m_insertEntry = std::make_unique<BulkStatement>(
            m_db, QStringLiteral("INSERT INTO search_entries (kind, owner_id, side, document_id) VALUES (?, ?, ?, ?)"));
        m_insertText = std::make_unique<BulkStatement>(m_db,
            QStringLiteral("INSERT INTO search_text (rowid, body) VALUES (?, ?)"), BulkStatement::Result::Nothing);
    }
    m_insertEntry->bind(0, int(kind));
    m_insertEntry->bind(1, ownerId);
    m_insertEntry->bind(2, side);
    m_insertEntry->bind(3, documentId);
    const qint64 entryId = m_insertEntry->insert();
    m_insertText->bind(0, entryId);
    m_insertText->bind(1, body);
    m_insertText->exec();
}

QString SearchIndex::entryTextSql()
{
    return QStringLiteral("CASE e.kind WHEN 0 THEN (CASE e.side WHEN 'zh' THEN seg.zh ELSE seg.en END) "
                          "WHEN 1 THEN a.quote WHEN 2 THEN n.body ELSE d.title END");
}

QString SearchIndex::entriesWithTextSql()
{
    return QStringLiteral("SELECT e.id, ") + entryTextSql()
        + QStringLiteral(" FROM search_entries e "
                         "LEFT JOIN segments seg ON e.kind = 0 AND seg.id = e.owner_id "
                         "LEFT JOIN annotations a ON e.kind = 1 AND a.id = e.owner_id "
                         "LEFT JOIN notes n ON e.kind = 2 AND n.id = e.owner_id "
                         "LEFT JOIN documents d ON e.kind = 3 AND d.id = e.owner_id");
}

void SearchIndex::removeWhere(const QString &condition, std::initializer_list<QVariant> values)
{
    // `condition` is one of the literals below, never user input.
    const QString removeRow = m_db.dialect().removeSearchRowSql();
    if (removeRow.isEmpty()) {
        m_db.exec(QStringLiteral("DELETE FROM search_text WHERE rowid IN (SELECT e.id FROM search_entries e WHERE ")
                + condition + QLatin1Char(')'),
            values);
    } else {
        // The text each entry indexed is its owner's text as it is now (the caller
        // has not changed it yet), folded again the same way.
        QSqlQuery q = m_db.exec(entriesWithTextSql() + QStringLiteral(" WHERE ") + condition, values);
        QSqlQuery remove = m_db.prepare(removeRow);
        while (q.next()) {
            // An owner already gone leaves its postings behind, unreachable: they
            // belong to an entry id that is never given out again (AUTOINCREMENT).
            const QString body = SearchTokenizer::indexText(q.value(1).toString());
            if (body.isEmpty())
                continue;
            remove.bindValue(0, q.value(0).toLongLong());
            remove.bindValue(1, body);
            m_db.exec(remove);
        }
    }
    m_db.exec(QStringLiteral("DELETE FROM search_entries WHERE id IN (SELECT e.id FROM search_entries e WHERE ")
            + condition + QLatin1Char(')'),
        values);
}

void SearchIndex::remove(Kind kind, qint64 ownerId)
{
    removeWhere(QStringLiteral("e.kind = ? AND e.owner_id = ?"), {int(kind), ownerId});
}

void SearchIndex::addSegment(qint64 segmentId, qint64 documentId, const QString &zh, const QString &en)
{
    add(SegmentText, segmentId, documentId, QStringLiteral("zh"), zh);
    add(SegmentText, segmentId, documentId, QStringLiteral("en"), en);
}

void SearchIndex::addSegmentIndexed(qint64 segmentId, qint64 documentId, const QString &zhBody, const QString &enBody)
{
    addBody(SegmentText, segmentId, documentId, QStringLiteral("zh"), zhBody);
    addBody(SegmentText, segmentId, documentId, QStringLiteral("en"), enBody);
}

void SearchIndex::removeSegmentsOf(qint64 documentId)
{
    removeWhere(QStringLiteral("e.document_id = ? AND e.kind = ?"), {documentId, int(SegmentText)});
}

void SearchIndex::removeSegment(qint64 segmentId)
{
    remove(SegmentText, segmentId);
}

void SearchIndex::setDocumentTitle(qint64 documentId, const QString &title)
{
    remove(DocumentTitle, documentId);
    add(DocumentTitle, documentId, documentId, QString(), title);
}

void SearchIndex::setAnnotation(const Annotation &annotation)
{
    remove(AnnotationQuote, annotation.id);
    add(AnnotationQuote, annotation.id, annotation.documentId, sideName(annotation.side), annotation.quote);
}

void SearchIndex::removeAnnotation(qint64 annotationId)
{
    remove(AnnotationQuote, annotationId);
    removeWhere(QStringLiteral("e.kind = ? AND e.owner_id IN (SELECT id FROM notes WHERE annotation_id = ?)"),
        {int(NoteBody), annotationId});
}

void SearchIndex::setNote(qint64 noteId, qint64 documentId, const QString &body)
{
    remove(NoteBody, noteId);
    add(NoteBody, noteId, documentId, QString(), body);
}

void SearchIndex::removeNote(qint64 noteId)
{
    remove(NoteBody, noteId);
}

void SearchIndex::removeDocument(qint64 documentId)
{
    removeWhere(QStringLiteral("e.document_id = ?"), {documentId});
}

void SearchIndex::rebuild()
{
    Transaction tx(m_db);
    m_db.dialect().clearSearchTable(m_db);
    m_db.exec(QStringLiteral("DELETE FROM search_entries"));
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, title FROM documents"));
    while (q.next())
        add(DocumentTitle, q.value(0).toLongLong(), q.value(0).toLongLong(), QString(), q.value(1).toString());
    q = m_db.exec(QStringLiteral("SELECT id, document_id, zh, en FROM segments ORDER BY document_id, ordinal"));
    while (q.next())
        addSegment(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString());
    q = m_db.exec(QStringLiteral("SELECT id, document_id, side, quote FROM annotations"));
    while (q.next())
        add(AnnotationQuote, q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString());
    q = m_db.exec(QStringLiteral("SELECT n.id, coalesce(n.document_id, a.document_id), n.body FROM notes n "
                                 "LEFT JOIN annotations a ON a.id = n.annotation_id"));
    while (q.next())
        add(NoteBody, q.value(0).toLongLong(), q.value(1).toLongLong(), QString(), q.value(2).toString());
    tx.commit();
}

void SearchIndex::optimize()
{
    m_db.dialect().optimizeSearchTable(m_db);
}

} // namespace bitext
