#include "app/cli/annotationjson.h"

#include <QJsonArray>

namespace bitext::cli {

QJsonObject annotationJson(const Annotation &a, const QString &documentTitle, const QHash<qint64, Tag> &tags,
                           const QString &note)
{
    QJsonArray tagPaths;
    for (qint64 id : a.tagIds) {
        if (tags.contains(id))
            tagPaths.append(tags.value(id).path);
    }
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("document"), a.documentId},
        {QStringLiteral("title"), documentTitle},
        {QStringLiteral("segment"), a.startSegmentOrdinal >= 0 ? QJsonValue(a.startSegmentOrdinal) : QJsonValue()},
        {QStringLiteral("end_segment"), a.endSegmentOrdinal >= 0 ? QJsonValue(a.endSegmentOrdinal) : QJsonValue()},
        {QStringLiteral("start_offset"), a.startOffset},
        {QStringLiteral("end_offset"), a.endOffset},
        {QStringLiteral("side"), sideName(a.side)},
        {QStringLiteral("quote"), a.quote},
        {QStringLiteral("tags"), tagPaths},
        {QStringLiteral("note"), note.isEmpty() ? QJsonValue() : QJsonValue(note)},
        {QStringLiteral("color"), a.color.isValid() ? QJsonValue(a.color.name()) : QJsonValue()},
        {QStringLiteral("author"), a.author},
        {QStringLiteral("created"), a.created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("orphaned"), a.orphaned},
        {QStringLiteral("modified"), a.modified.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("modified_by"), a.modifiedBy},
        {QStringLiteral("version"), a.version},
    };
}

QJsonObject tagJson(const Tag &tag, int count)
{
    return QJsonObject{
        {QStringLiteral("id"), tag.id},
        {QStringLiteral("path"), tag.path},
        {QStringLiteral("name"), tag.name},
        {QStringLiteral("parent"), tag.parentId > 0 ? QJsonValue(tag.parentId) : QJsonValue()},
        {QStringLiteral("color"), tag.color.name()},
        {QStringLiteral("description"), tag.description},
        {QStringLiteral("count"), count},
    };
}

} // namespace bitext::cli
