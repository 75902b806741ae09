#include "models/store/noterepository.h"

#include "models/search/searchindex.h"
#include "models/store/database.h"
#include "models/store/library.h"

#include <QSqlQuery>

namespace bitext {

namespace {

Note noteFromRow(const QSqlQuery &q)
{
    Note n;
    n.id = q.value(0).toLongLong();
    n.documentId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    n.annotationId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    n.body = q.value(3).toString();
    n.created = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    n.modified = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    return n;
}

const QString kSelect
    = QStringLiteral("SELECT n.id, n.document_id, n.annotation_id, n.body, n.created, n.modified FROM notes n ");

} // namespace

NoteRepository::NoteRepository(Library &library)
    : m_library(library)
{
}

std::optional<Note> NoteRepository::read(const QString &column, qint64 ownerId)
{
    // `column` is one of two literals chosen below, never user input.
    QSqlQuery q = m_library.database().exec(
        kSelect + QStringLiteral("WHERE n.") + column + QStringLiteral(" = ? ORDER BY n.id LIMIT 1"), {ownerId});
    if (!q.next())
        return std::nullopt;
    return noteFromRow(q);
}

std::optional<Note> NoteRepository::forDocument(qint64 documentId)
{
    return read(QStringLiteral("document_id"), documentId);
}

std::optional<Note> NoteRepository::forAnnotation(qint64 annotationId)
{
    return read(QStringLiteral("annotation_id"), annotationId);
}

QList<Note> NoteRepository::annotationNotes(qint64 documentId)
{
    QList<Note> result;
    QSqlQuery q = documentId > 0
        ? m_library.database().exec(kSelect
                + QStringLiteral("JOIN annotations a ON a.id = n.annotation_id WHERE a.document_id = ? ORDER BY n.id"),
            {documentId})
        : m_library.database().exec(kSelect + QStringLiteral("WHERE n.annotation_id IS NOT NULL ORDER BY n.id"));
    while (q.next())
        result << noteFromRow(q);
    return result;
}

void NoteRepository::write(const QString &column, qint64 ownerId, qint64 documentId, const QString &body)
{
    Database &db = m_library.database();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Transaction tx(db);
    const auto existing = read(column, ownerId);
    if (body.trimmed().isEmpty()) {
        if (existing) {
            db.exec(QStringLiteral("DELETE FROM notes WHERE id = ?"), {existing->id});
            SearchIndex(db).removeNote(existing->id);
            db.record({Change::Kind::Note, Change::Op::Removed, existing->id, documentId});
        }
    } else if (existing) {
        db.exec(QStringLiteral("UPDATE notes SET body = ?, modified = ? WHERE id = ?"), {body, now, existing->id});
        SearchIndex(db).setNote(existing->id, documentId, body);
        db.record({Change::Kind::Note, Change::Op::Updated, existing->id, documentId});
    } else {
        const qint64 id = db.insert(QStringLiteral("INSERT INTO notes (") + column
                + QStringLiteral(", body, created, modified) VALUES (?, ?, ?, ?)"),
            {ownerId, body, now, now});
        SearchIndex(db).setNote(id, documentId, body);
        db.record({Change::Kind::Note, Change::Op::Inserted, id, documentId});
    }
    tx.commit();
}

void NoteRepository::setDocumentNote(qint64 documentId, const QString &body)
{
    write(QStringLiteral("document_id"), documentId, documentId, body);
}

void NoteRepository::setAnnotationNote(qint64 annotationId, const QString &body)
{
    const qint64 documentId
        = m_library.database()
              .scalar(QStringLiteral("SELECT document_id FROM annotations WHERE id = ?"), {annotationId})
              .toLongLong();
    write(QStringLiteral("annotation_id"), annotationId, documentId, body);
}

} // namespace bitext
