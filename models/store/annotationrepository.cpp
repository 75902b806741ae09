#include "models/store/annotationrepository.h"

#include "models/core/error.h"
#include "models/search/searchindex.h"
#include "models/store/database.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace bitext {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.document_id, a.side, a.start_segment_id, a.start_offset, a.end_segment_id, a.end_offset, "
    "a.quote, a.prefix, a.suffix, a.color, a.author, a.created, a.modified, a.orphaned, "
    "s1.ordinal, s2.ordinal, a.modified_by, a.version FROM annotations a "
    "LEFT JOIN segments s1 ON s1.id = a.start_segment_id LEFT JOIN segments s2 ON s2.id = a.end_segment_id ");

Annotation annotationFromRow(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.documentId = q.value(1).toLongLong();
    a.side = sideFromName(q.value(2).toString()).value_or(Side::Zh);
    a.startSegmentId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    a.startOffset = q.value(4).toInt();
    a.endSegmentId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    a.endOffset = q.value(6).toInt();
    a.quote = q.value(7).toString();
    a.prefix = q.value(8).toString();
    a.suffix = q.value(9).toString();
    a.color = QColor(q.value(10).toString());
    a.author = q.value(11).toString();
    a.created = EditStamp::readTime(q.value(12).toString());
    a.modified = EditStamp::readTime(q.value(13).toString());
    a.orphaned = q.value(14).toBool() || a.startSegmentId == 0 || a.endSegmentId == 0;
    a.startSegmentOrdinal = q.value(15).isNull() ? -1 : q.value(15).toInt();
    a.endSegmentOrdinal = q.value(16).isNull() ? -1 : q.value(16).toInt();
    a.modifiedBy = q.value(17).toString();
    a.version = q.value(18).toInt();
    return a;
}

QString timestamp(const QDateTime &when)
{
    return EditStamp::storedTime(when);
}

QString colorName(const QColor &color)
{
    return color.isValid() ? color.name() : QString();
}

} // namespace

AnnotationRepository::AnnotationRepository(Library &library)
    : m_library(library)
{
}

qint64 AnnotationRepository::create(const Annotation &a)
{
    if (a.quote.isEmpty())
        throw Error(QCoreApplication::translate("AnnotationRepository", "An annotation needs a quote."));
    Database &db = m_library.database();
    qint64 id = 0;
    db.write([&] {
        // The author is whoever the annotation names: the window and `bitext annotate`
        // name the user, a quote imported from another tool keeps its coder or none
        // (an unsigned quote stays unsigned in exports). Who wrote the row is modified_by.
        const QString me = m_library.author();
        const QString created = timestamp(a.created);
        id = db.insert(
            QStringLiteral(
                "INSERT INTO annotations (document_id, side, start_segment_id, start_offset, end_segment_id, "
                "end_offset, quote, prefix, suffix, color, author, created, modified, orphaned, modified_by, "
                "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
            {a.documentId, sideName(a.side), nullableId(a.startSegmentId), a.startOffset, nullableId(a.endSegmentId),
                a.endOffset, a.quote, a.prefix, a.suffix, colorName(a.color), a.author, created,
                a.modified.isValid() ? timestamp(a.modified) : created, a.orphaned ? 1 : 0, me});
        writeTags(id, a.tagIds);
        Annotation stored = a;
        stored.id = id;
        SearchIndex(db).setAnnotation(stored);
        db.record({Change::Kind::Annotation, Change::Op::Inserted, id, a.documentId});
    });
    m_library.setOwnVersion(Change::Kind::Annotation, id, 1);
    return id;
}

void AnnotationRepository::restore(const Annotation &a)
{
    // The stored stamps come back as they were: a restore is not a new edit.
    Database &db = m_library.database();
    db.write([&] {
        db.exec(QStringLiteral(
                    "INSERT INTO annotations (id, document_id, side, start_segment_id, start_offset, "
                    "end_segment_id, end_offset, quote, prefix, suffix, color, author, created, modified, "
                    "orphaned, modified_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {a.id, a.documentId, sideName(a.side), nullableId(a.startSegmentId), a.startOffset,
                nullableId(a.endSegmentId), a.endOffset, a.quote, a.prefix, a.suffix, colorName(a.color), a.author,
                timestamp(a.created), timestamp(a.modified), a.orphaned ? 1 : 0, a.modifiedBy, qMax(1, a.version)});
        db.dialect().afterExplicitIds(db, QStringLiteral("annotations"));
        writeTags(a.id, a.tagIds);
        SearchIndex(db).setAnnotation(a);
        db.record({Change::Kind::Annotation, Change::Op::Inserted, a.id, a.documentId});
    });
    m_library.setOwnVersion(Change::Kind::Annotation, a.id, qMax(1, a.version));
}

std::optional<Annotation> AnnotationRepository::find(qint64 id)
{
    QSqlQuery q = m_library.database().exec(kSelect + QStringLiteral("WHERE a.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    Annotation a = annotationFromRow(q);
    QSqlQuery t = m_library.database().exec(
        QStringLiteral("SELECT tag_id FROM annotation_tags WHERE annotation_id = ? ORDER BY tag_id"), {id});
    while (t.next())
        a.tagIds << t.value(0).toLongLong();
    return a;
}

qint64 AnnotationRepository::documentOf(qint64 id)
{
    return m_library.database()
        .scalar(QStringLiteral("SELECT document_id FROM annotations WHERE id = ?"), {id})
        .toLongLong();
}

std::optional<Annotation> AnnotationRepository::samePassage(const Annotation &a)
{
    if (a.startSegmentId == 0 || a.endSegmentId == 0)
        return std::nullopt; // an orphan has no passage
    const QVariant id = m_library.database().scalar(
        QStringLiteral("SELECT id FROM annotations WHERE document_id = ? AND side = ? AND start_segment_id = ? "
                       "AND start_offset = ? AND end_segment_id = ? AND end_offset = ? AND orphaned = 0 "
                       "AND id <> ? ORDER BY id LIMIT 1"),
        {a.documentId, sideName(a.side), a.startSegmentId, a.startOffset, a.endSegmentId, a.endOffset, a.id});
    return id.isValid() ? find(id.toLongLong()) : std::nullopt;
}

QList<Annotation> AnnotationRepository::list(qint64 documentId)
{
    Database &db = m_library.database();
    QList<Annotation> result;
    QHash<qint64, int> index;
    QSqlQuery q = documentId > 0
        ? db.exec(kSelect
                + QStringLiteral("WHERE a.document_id = ? ORDER BY a.document_id, s1.ordinal, a.start_offset, a.id"),
            {documentId})
        : db.exec(kSelect + QStringLiteral("ORDER BY a.document_id, s1.ordinal, a.start_offset, a.id"));
    while (q.next()) {
        Annotation a = annotationFromRow(q);
        index.insert(a.id, int(result.size()));
        result << a;
    }
    QSqlQuery t = documentId > 0
        ? db.exec(QStringLiteral("SELECT at.annotation_id, at.tag_id FROM annotation_tags at JOIN annotations a "
                                 "ON a.id = at.annotation_id WHERE a.document_id = ? ORDER BY at.tag_id"),
            {documentId})
        : db.exec(QStringLiteral("SELECT annotation_id, tag_id FROM annotation_tags ORDER BY tag_id"));
    while (t.next()) {
        const auto it = index.constFind(t.value(0).toLongLong());
        if (it != index.constEnd())
            result[*it].tagIds << t.value(1).toLongLong();
    }
    return result;
}

WriteResult AnnotationRepository::update(const Annotation &a)
{
    Database &db = m_library.database();
    WriteResult result;
    db.write([&] {
        result = {};
        const std::optional<Annotation> before = find(a.id);
        if (!before)
            return;
        SearchIndex(db).setAnnotation(a); // reads the quote it replaces: before the update
        // Only if the row is still at `expected`: else someone changed it since.
        const auto run = [&](int expected) {
            return db.updateVersioned(
                QStringLiteral("UPDATE annotations SET side = ?, start_segment_id = ?, start_offset = ?, "
                               "end_segment_id = ?, end_offset = ?, quote = ?, prefix = ?, suffix = ?, color = ?, "
                               "modified = ?, orphaned = ?, modified_by = ?, version = version + 1 "
                               "WHERE id = ? AND version = ?"),
                {sideName(a.side), nullableId(a.startSegmentId), a.startOffset, nullableId(a.endSegmentId), a.endOffset,
                    a.quote, a.prefix, a.suffix, colorName(a.color), timestamp(QDateTime()), a.orphaned ? 1 : 0,
                    m_library.author(), a.id, expected});
        };
        std::optional<int> version = run(a.version > 0 ? a.version : before->version);
        if (!version) {
            Annotation mine = a; // its anchor and colour, with the tags it does not change
            mine.tagIds = before->tagIds;
            result.conflict = keepOtherVersion(*before, mine);
            version = run(before->version); // this write still wins
        }
        result.version = version.value_or(0);
        db.record({Change::Kind::Annotation, Change::Op::Updated, a.id, a.documentId});
    });
    m_library.setOwnVersion(Change::Kind::Annotation, a.id, result.version);
    return result;
}

WriteResult AnnotationRepository::setTags(qint64 id, const QList<qint64> &tagIds, std::optional<int> basedOn)
{
    Database &db = m_library.database();
    WriteResult result;
    db.write([&] {
        const auto before = find(id);
        if (!before)
            return;
        if (basedOn && before->version != *basedOn) {
            Annotation mine = *before;
            mine.tagIds = tagIds;
            result.conflict = keepOtherVersion(*before, mine);
        }
        db.exec(QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?"), {id});
        writeTags(id, tagIds);
        result.version = db.updateVersioned(QStringLiteral("UPDATE annotations SET modified = ?, modified_by = ?, "
                                                           "version = version + 1 WHERE id = ?"),
                               {timestamp(QDateTime()), m_library.author(), id})
                             .value_or(0);
        db.record({Change::Kind::Annotation, Change::Op::Updated, id, before->documentId});
    });
    m_library.setOwnVersion(Change::Kind::Annotation, id, result.version);
    return result;
}

std::optional<EditConflict> AnnotationRepository::keepOtherVersion(const Annotation &theirs, const Annotation &mine)
{
    const auto sameTags = [](QList<qint64> x, QList<qint64> y) {
        std::sort(x.begin(), x.end());
        std::sort(y.begin(), y.end());
        return x == y;
    };
    if (theirs.color == mine.color && theirs.startSegmentId == mine.startSegmentId
        && theirs.startOffset == mine.startOffset && theirs.endSegmentId == mine.endSegmentId
        && theirs.endOffset == mine.endOffset && sameTags(theirs.tagIds, mine.tagIds))
        return std::nullopt; // both made the same change: nothing of theirs is lost
    EditConflict conflict {theirs.modifiedBy, theirs.modified, m_library.author()};
    m_library.notes().appendToAnnotationNote(theirs.id, EditConflict::keptBlock(conflict, describe(theirs)));
    return conflict;
}

QString AnnotationRepository::describe(const Annotation &a)
{
    QStringList paths;
    const QList<Tag> tags = m_library.tags().list();
    for (const Tag &tag : tags) {
        if (a.tagIds.contains(tag.id))
            paths << tag.path;
    }
    const QString tagText = paths.isEmpty() ? QCoreApplication::translate("AnnotationRepository", "no tags")
                                            : paths.join(QStringLiteral(", "));
    return QCoreApplication::translate("AnnotationRepository", "Colour %1, tags: %2, passage: %3")
        .arg(colorName(a.color), tagText, a.quote);
}

void AnnotationRepository::writeTags(qint64 id, const QList<qint64> &tagIds)
{
    Database &db = m_library.database();
    QSqlQuery q = db.prepare(QStringLiteral("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)"));
    QList<qint64> seen;
    for (qint64 tagId : tagIds) {
        if (seen.contains(tagId))
            continue;
        seen << tagId;
        q.bindValue(0, id);
        q.bindValue(1, tagId);
        db.exec(q);
    }
}

void AnnotationRepository::remove(qint64 id)
{
    Database &db = m_library.database();
    db.write([&] {
        const qint64 documentId
            = db.scalar(QStringLiteral("SELECT document_id FROM annotations WHERE id = ?"), {id}).toLongLong();
        SearchIndex(db).removeAnnotation(id);
        db.exec(QStringLiteral("DELETE FROM annotations WHERE id = ?"), {id});
        db.record({Change::Kind::Annotation, Change::Op::Removed, id, documentId});
    });
}

QHash<qint64, qint64> AnnotationRepository::startSpeakers(qint64 documentId)
{
    QHash<qint64, qint64> speakers;
    const QString sql
        = QStringLiteral("SELECT a.id, s.speaker_id FROM annotations a JOIN segments s ON s.id = a.start_segment_id "
                         "WHERE s.speaker_id IS NOT NULL");
    QSqlQuery q = documentId > 0
        ? m_library.database().exec(sql + QStringLiteral(" AND a.document_id = ?"), {documentId})
        : m_library.database().exec(sql);
    while (q.next())
        speakers.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return speakers;
}

} // namespace bitext
