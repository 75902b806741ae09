#include "models/store/tagrepository.h"

#include "models/core/error.h"
#include "models/core/preferences.h"
#include "models/store/database.h"
#include "models/store/editstamp.h"
#include "models/store/library.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace bitext {

TagRepository::TagRepository(Library &library)
    : m_library(library)
{
}

QColor TagRepository::paletteColor(int n)
{
    const QList<QColor> palette = Preferences::highlightPalette();
    const int size = int(palette.size());
    return palette.at(((n % size) + size) % size);
}

QList<Tag> TagRepository::list()
{
    QList<Tag> tags;
    QHash<qint64, int> index;
    QSqlQuery q = m_library.database().exec(
        QStringLiteral("SELECT id, parent_id, name, color, description, author, created, modified, modified_by, "
                       "version FROM tags ORDER BY id"));
    while (q.next()) {
        Tag t;
        t.id = q.value(0).toLongLong();
        t.parentId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        t.name = q.value(2).toString();
        t.color = QColor(q.value(3).toString());
        t.description = q.value(4).toString();
        t.author = q.value(5).toString();
        t.created = EditStamp::readTime(q.value(6).toString());
        t.modified = EditStamp::readTime(q.value(7).toString());
        t.modifiedBy = q.value(8).toString();
        t.version = q.value(9).toInt();
        index.insert(t.id, int(tags.size()));
        tags << t;
    }
    for (Tag &t : tags) {
        QStringList parts {t.name};
        qint64 parent = t.parentId;
        for (int guard = 0; parent != 0 && guard < 64; ++guard) {
            const auto it = index.constFind(parent);
            if (it == index.constEnd())
                break;
            parts.prepend(tags.at(*it).name);
            parent = tags.at(*it).parentId;
        }
        t.path = parts.join(QLatin1Char('/'));
    }
    std::sort(tags.begin(), tags.end(),
        [](const Tag &a, const Tag &b) { return QString::compare(a.path, b.path, Qt::CaseInsensitive) < 0; });
    return tags;
}

std::optional<Tag> TagRepository::find(qint64 id)
{
    const QList<Tag> tags = list();
    for (const Tag &t : tags) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

std::optional<Tag> TagRepository::findByPath(const QString &path)
{
    const QList<Tag> tags = list();
    const QString wanted = path.trimmed();
    for (const Tag &t : tags) {
        if (t.path == wanted)
            return t;
    }
    return std::nullopt;
}

QString TagRepository::normalizedPath(const QString &path)
{
    QStringList parts;
    const QStringList raw = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : raw) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QLatin1Char('/'));
}

qint64 TagRepository::ensurePath(
    const QString &path, QList<Tag> *created, const QColor &color, const QString &description)
{
    const QStringList parts = normalizedPath(path).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        throw Error(QCoreApplication::translate("TagRepository", "A tag needs a name."));
    Database &db = m_library.database();
    qint64 parent = 0;
    const int createdBefore = created ? int(created->size()) : 0;
    db.write([&] {
        parent = 0;
        if (created) // a retried write starts over
            created->erase(created->begin() + createdBefore, created->end());
        for (int i = 0; i < parts.size(); ++i) {
            const QString &name = parts.at(i);
            const QVariant id = parent == 0
                ? db.scalar(QStringLiteral("SELECT id FROM tags WHERE parent_id IS NULL AND name = ?"), {name})
                : db.scalar(QStringLiteral("SELECT id FROM tags WHERE parent_id = ? AND name = ?"), {parent, name});
            if (id.isValid()) {
                parent = id.toLongLong();
                continue;
            }
            const bool last = i == parts.size() - 1;
            parent = create(parent, name, last ? color : QColor(), last ? description : QString());
            if (created)
                *created << *find(parent);
        }
    });
    return parent;
}

qint64 TagRepository::create(qint64 parentId, const QString &name, const QColor &color, const QString &description)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('/')))
        throw Error(QCoreApplication::translate("TagRepository", "A tag name must not be empty or contain '/'."));
    Database &db = m_library.database();
    const QVariant clash = parentId == 0
        ? db.scalar(QStringLiteral("SELECT id FROM tags WHERE parent_id IS NULL AND name = ?"), {trimmed})
        : db.scalar(QStringLiteral("SELECT id FROM tags WHERE parent_id = ? AND name = ?"), {parentId, trimmed});
    if (clash.isValid())
        throw Error(
            QCoreApplication::translate("TagRepository", "There is already a tag called %1 there.").arg(trimmed));
    QColor c = color;
    if (!c.isValid())
        c = paletteColor(db.scalar(QStringLiteral("SELECT count(*) FROM tags")).toInt());
    qint64 id = 0;
    db.write([&] {
        const QString me = m_library.author();
        const QString now = EditStamp::storedTime();
        id = db.insert(QStringLiteral("INSERT INTO tags (parent_id, name, color, description, author, created, "
                                      "modified, modified_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"),
            {nullableId(parentId), trimmed, c.name(), description, me, now, now, me});
        db.record({Change::Kind::Tag, Change::Op::Inserted, id, 0});
    });
    m_library.setOwnVersion(Change::Kind::Tag, id, 1);
    return id;
}

void TagRepository::restore(const Tag &tag)
{
    // The stored stamps come back as they were: a restore is not a new edit.
    Database &db = m_library.database();
    db.write([&] {
        db.exec(QStringLiteral("INSERT INTO tags (id, parent_id, name, color, description, author, created, modified, "
                               "modified_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {tag.id, nullableId(tag.parentId), tag.name, tag.color.name(), tag.description, tag.author,
                EditStamp::keptTime(tag.created), EditStamp::keptTime(tag.modified), tag.modifiedBy,
                qMax(1, tag.version)});
        db.dialect().afterExplicitIds(db, QStringLiteral("tags"));
        db.record({Change::Kind::Tag, Change::Op::Inserted, tag.id, 0});
    });
    m_library.setOwnVersion(Change::Kind::Tag, tag.id, qMax(1, tag.version));
}

void TagRepository::update(const Tag &tag)
{
    const QString name = tag.name.trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        throw Error(QCoreApplication::translate("TagRepository", "A tag name must not be empty or contain '/'."));
    Database &db = m_library.database();
    // Walk up from the new parent: meeting the tag itself would make a cycle.
    for (qint64 p = tag.parentId; p != 0;) {
        if (p == tag.id)
            throw Error(QCoreApplication::translate("TagRepository", "A tag cannot be moved below itself."));
        const QVariant up = db.scalar(QStringLiteral("SELECT parent_id FROM tags WHERE id = ?"), {p});
        p = up.isNull() ? 0 : up.toLongLong();
    }
    const QVariant clash = tag.parentId == 0
        ? db.scalar(
            QStringLiteral("SELECT id FROM tags WHERE parent_id IS NULL AND name = ? AND id <> ?"), {name, tag.id})
        : db.scalar(QStringLiteral("SELECT id FROM tags WHERE parent_id = ? AND name = ? AND id <> ?"),
            {tag.parentId, name, tag.id});
    if (clash.isValid())
        throw Error(QCoreApplication::translate("TagRepository", "There is already a tag called %1 there.").arg(name));
    int version = 0;
    db.write([&] {
        version = db.updateVersioned(QStringLiteral("UPDATE tags SET parent_id = ?, name = ?, color = ?, "
                                                    "description = ?, modified = ?, modified_by = ?, "
                                                    "version = version + 1 WHERE id = ?"),
                        {nullableId(tag.parentId), name, tag.color.name(), tag.description, EditStamp::storedTime(),
                            m_library.author(), tag.id})
                      .value_or(0);
        db.record({Change::Kind::Tag, Change::Op::Updated, tag.id, 0});
    });
    m_library.setOwnVersion(Change::Kind::Tag, tag.id, version);
}

void TagRepository::merge(qint64 from, qint64 into)
{
    if (from == into)
        return;
    Database &db = m_library.database();
    db.write([&] {
        recordAnnotations(annotationsWith(from));
        QSqlQuery children = db.exec(QStringLiteral("SELECT id FROM tags WHERE parent_id = ?"), {from});
        while (children.next())
            db.record({Change::Kind::Tag, Change::Op::Updated, children.value(0).toLongLong(), 0});
        db.exec(QStringLiteral("INSERT INTO annotation_tags (annotation_id, tag_id) "
                               "SELECT annotation_id, ? FROM annotation_tags WHERE tag_id = ? AND annotation_id NOT IN "
                               "(SELECT annotation_id FROM annotation_tags WHERE tag_id = ?)"),
            {into, from, into});
        db.exec(QStringLiteral("UPDATE tags SET parent_id = ? WHERE parent_id = ?"), {into, from});
        db.exec(QStringLiteral("DELETE FROM tags WHERE id = ?"), {from});
        db.record({Change::Kind::Tag, Change::Op::Removed, from, 0});
        db.record({Change::Kind::Tag, Change::Op::Updated, into, 0});
    });
}

void TagRepository::remove(qint64 id)
{
    Database &db = m_library.database();
    db.write([&] {
        // The tag's children go with it (ON DELETE CASCADE), and so do their links: the
        // tags are re-read, and the annotations that lose a tag with them.
        db.exec(QStringLiteral("DELETE FROM tags WHERE id = ?"), {id});
        db.record({Change::Kind::Tag, Change::Op::Reset, 0, 0});
        db.record({Change::Kind::Annotation, Change::Op::Reset, 0, 0});
    });
}

void TagRepository::recordAnnotations(const QList<qint64> &annotationIds)
{
    Database &db = m_library.database();
    for (qint64 annotationId : annotationIds) {
        const qint64 documentId
            = db.scalar(QStringLiteral("SELECT document_id FROM annotations WHERE id = ?"), {annotationId})
                  .toLongLong();
        if (documentId > 0)
            db.record({Change::Kind::Annotation, Change::Op::Updated, annotationId, documentId});
    }
}

QHash<qint64, int> TagRepository::usageCounts()
{
    QHash<qint64, int> counts;
    QSqlQuery q
        = m_library.database().exec(QStringLiteral("SELECT tag_id, count(*) FROM annotation_tags GROUP BY tag_id"));
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

int TagRepository::usageCount(qint64 id)
{
    return m_library.database()
        .scalar(QStringLiteral("SELECT count(*) FROM annotation_tags WHERE tag_id = ?"), {id})
        .toInt();
}

QList<qint64> TagRepository::annotationsWith(qint64 id)
{
    QList<qint64> ids;
    QSqlQuery q = m_library.database().exec(
        QStringLiteral("SELECT annotation_id FROM annotation_tags WHERE tag_id = ? ORDER BY annotation_id"), {id});
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

void TagRepository::linkAnnotations(qint64 id, const QList<qint64> &annotationIds)
{
    // ON CONFLICT DO NOTHING: the standard spelling SQLite (3.24+) and PostgreSQL share.
    applyToLinks(
        QStringLiteral("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"), id,
        annotationIds);
}

void TagRepository::unlinkAnnotations(qint64 id, const QList<qint64> &annotationIds)
{
    applyToLinks(
        QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ? AND tag_id = ?"), id, annotationIds);
}

void TagRepository::applyToLinks(const QString &sql, qint64 tagId, const QList<qint64> &annotationIds)
{
    Database &db = m_library.database();
    db.write([&] {
        QSqlQuery q = db.prepare(sql);
        for (qint64 annotationId : annotationIds) {
            q.bindValue(0, annotationId);
            q.bindValue(1, tagId);
            db.exec(q);
        }
        recordAnnotations(annotationIds);
    });
}

} // namespace bitext
