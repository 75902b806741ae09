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
    n.created = EditStamp::readTime(q.value(4).toString());
    n.modified = EditStamp::readTime(q.value(5).toString());
    n.author = q.value(6).toString();
    n.modifiedBy = q.value(7).toString();
    n.version = q.value(8).toInt();
    return n;
}

const QString kSelect = QStringLiteral("SELECT n.id, n.document_id, n.annotation_id, n.body, n.created, n.modified, "
                                       "n.author, n.modified_by, n.version FROM notes n ");

const QString kUpdate
    = QStringLiteral("UPDATE notes SET body = ?, modified = ?, modified_by = ?, version = version + 1 "
                     "WHERE id = ?");

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

WriteResult NoteRepository::write(
    const QString &column, qint64 ownerId, qint64 documentId, const QString &body, std::optional<int> basedOn)
{
    Database &db = m_library.database();
    WriteResult result;
    db.write([&] {
        result = {};
        const QString now = EditStamp::storedTime();
        const QString me = m_library.author();
        const auto existing = read(column, ownerId);
        QString text = body;
        if (existing) {
            // The index forgets the old text while the row still holds it.
            SearchIndex(db).removeNote(existing->id);
            std::optional<int> version = basedOn ? db.updateVersioned(kUpdate + QStringLiteral(" AND version = ?"),
                                             {body, now, me, existing->id, *basedOn})
                                                 : db.updateVersioned(kUpdate, {body, now, me, existing->id});
            if (!version) {
                // Saved by someone else since it was read: this text wins, theirs is kept below.
                EditConflict conflict {existing->modifiedBy, existing->modified, me};
                if (existing->body.trimmed() != body.trimmed()) {
                    const QString kept = EditConflict::keptBlock(conflict, existing->body);
                    text = body.trimmed().isEmpty() ? kept : body + QStringLiteral("\n\n") + kept;
                    result.conflict = conflict;
                }
                version = db.updateVersioned(kUpdate, {text, now, me, existing->id});
            }
            result.version = version.value_or(0);
            m_library.setOwnVersion(Change::Kind::Note, existing->id, result.version);
            if (text.trimmed().isEmpty()) {
                db.exec(QStringLiteral("DELETE FROM notes WHERE id = ?"), {existing->id});
                db.record({Change::Kind::Note, Change::Op::Removed, existing->id, documentId});
                result.version = 0;
            } else {
                SearchIndex(db).setNote(existing->id, documentId, text);
                db.record({Change::Kind::Note, Change::Op::Updated, existing->id, documentId});
            }
        } else if (!body.trimmed().isEmpty()) {
            const qint64 id = db.insert(QStringLiteral("INSERT INTO notes (") + column
                    + QStringLiteral(", body, author, created, modified, modified_by, version) "
                                     "VALUES (?, ?, ?, ?, ?, ?, 1)"),
                {ownerId, body, me, now, now, me});
            SearchIndex(db).setNote(id, documentId, body);
            db.record({Change::Kind::Note, Change::Op::Inserted, id, documentId});
            result.version = 1;
            m_library.setOwnVersion(Change::Kind::Note, id, 1);
        }
    });
    return result;
}

void NoteRepository::appendToAnnotationNote(qint64 annotationId, const QString &text)
{
    m_library.database().write([&] {
        const auto existing = forAnnotation(annotationId);
        setAnnotationNote(annotationId,
            existing && !existing->body.trimmed().isEmpty() ? existing->body + QStringLiteral("\n\n") + text : text);
    });
}

WriteResult NoteRepository::setDocumentNote(qint64 documentId, const QString &body, std::optional<int> basedOn)
{
    return write(QStringLiteral("document_id"), documentId, documentId, body, basedOn);
}

WriteResult NoteRepository::setAnnotationNote(qint64 annotationId, const QString &body, std::optional<int> basedOn)
{
    WriteResult result;
    m_library.database().write([&] {
        const qint64 documentId
            = m_library.database()
                  .scalar(QStringLiteral("SELECT document_id FROM annotations WHERE id = ?"), {annotationId})
                  .toLongLong();
        result = write(QStringLiteral("annotation_id"), annotationId, documentId, body, basedOn);
    });
    return result;
}

} // namespace bitext
