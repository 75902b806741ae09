#pragma once

#include "models/domain/annotation.h"
#include "models/store/editstamp.h"

#include <QHash>
#include <QList>

#include <optional>

namespace bitext {

class Library;

// Highlighted quotes and their tags.
class AnnotationRepository
{
public:
    explicit AnnotationRepository(Library &library);

    // Stores a new annotation with its tags in one transaction; returns its id.
    qint64 create(const Annotation &annotation);
    // Re-inserts a deleted annotation with its old id, tags included (undo).
    void restore(const Annotation &annotation);
    std::optional<Annotation> find(qint64 id);
    // The document an annotation belongs to, 0 when there is no such annotation.
    qint64 documentOf(qint64 id);
    // The highlight already on exactly this passage (document, side, start and end), if
    // any. One passage has one highlight: highlighting it again, in the window or with
    // `bitext annotate`, acts on that one instead of making a twin.
    std::optional<Annotation> samePassage(const Annotation &annotation);
    // All annotations of a document (0: the whole library), in reading order.
    QList<Annotation> list(qint64 documentId = 0);
    // Writes anchor, quote context, colour and the orphaned flag. With a version (as
    // read) and the annotation changed by someone else since, this write still wins
    // and the other version's colour, tags and passage are kept in its note.
    WriteResult update(const Annotation &annotation);
    // The same for its tags, basedOn being the annotation's version as read.
    WriteResult setTags(qint64 id, const QList<qint64> &tagIds, std::optional<int> basedOn = std::nullopt);
    void remove(qint64 id);
    // The speaker of each annotation's first segment (annotation id -> speaker id;
    // annotations without one are left out), for filtering by speaker.
    QHash<qint64, qint64> startSpeakers(qint64 documentId = 0);

private:
    void writeTags(qint64 id, const QList<qint64> &tagIds);
    // Appends `theirs` to the annotation's note unless `mine` keeps all of it.
    std::optional<EditConflict> keepOtherVersion(const Annotation &theirs, const Annotation &mine);
    // "Colour #e6194b, tags: Risk, passage: …": an annotation's state in words.
    QString describe(const Annotation &annotation);
    Library &m_library;
};

} // namespace bitext
