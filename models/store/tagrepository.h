#pragma once

#include "models/domain/tag.h"

#include <QHash>
#include <QList>

#include <optional>

namespace bitext {

class Library;

// The codebook: a tree of tags with colours and descriptions.
class TagRepository
{
public:
    explicit TagRepository(Library &library);

    // Every tag with its path filled, in path order (parents before children).
    QList<Tag> list();
    std::optional<Tag> find(qint64 id);
    std::optional<Tag> findByPath(const QString &path);
    // The id of the tag at "Parent/Child", creating the missing ones, the last with
    // `color` and `description` (parents get the next palette colour). `created`
    // receives the tags made, parents first, so an undo can remove exactly those.
    qint64 ensurePath(const QString &path, QList<Tag> *created = nullptr, const QColor &color = QColor(),
        const QString &description = QString());
    // "Parent/Child" as typed (" Risk / Misuse/") in the form paths are stored and
    // compared ("Risk/Misuse"); empty when it names no tag.
    static QString normalizedPath(const QString &path);
    qint64 create(
        qint64 parentId, const QString &name, const QColor &color = QColor(), const QString &description = QString());
    // Re-inserts a deleted tag with its old id (undo).
    void restore(const Tag &tag);
    // Writes name, colour, description and parent; refuses a parent below itself.
    void update(const Tag &tag);
    // Moves `from`'s quotes and children to `into` and deletes `from`.
    void merge(qint64 from, qint64 into);
    void remove(qint64 id);
    // Annotations using each tag (directly).
    QHash<qint64, int> usageCounts();
    int usageCount(qint64 id);
    // Annotations tagged with `id` (directly), and adding/removing those links in one
    // transaction: what undoing a merge or a delete puts back.
    QList<qint64> annotationsWith(qint64 id);
    void linkAnnotations(qint64 id, const QList<qint64> &annotationIds);
    void unlinkAnnotations(qint64 id, const QList<qint64> &annotationIds);

    // The nth colour of the highlight palette (Preferences), wrapping around.
    static QColor paletteColor(int n);

private:
    // Runs sql (two placeholders: annotation id, tag id) for each annotation, in one transaction.
    void applyToLinks(const QString &sql, qint64 tagId, const QList<qint64> &annotationIds);
    // Records the annotations as updated (their tags changed), each with its document.
    void recordAnnotations(const QList<qint64> &annotationIds);

    Library &m_library;
};

} // namespace bitext
