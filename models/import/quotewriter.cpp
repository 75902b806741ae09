#include "models/import/quotewriter.h"

#include "models/store/annotationrepository.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"

namespace bitext {

QuoteWriter::QuoteWriter(Library &library, qint64 documentId)
    : m_library(library)
    , m_documentId(documentId)
{
}

bool QuoteWriter::add(Annotation annotation, const QString &note)
{
    annotation.documentId = m_documentId;
    // The library's one rule for "the same passage" (AnnotationRepository::samePassage)
    // sees the quotes stored earlier in this import too: they are in the same transaction.
    const std::optional<Annotation> existing
        = annotation.orphaned ? std::nullopt : m_library.annotations().samePassage(annotation);
    if (existing) {
        merge(existing->id, annotation, note);
        return false;
    }
    if (!annotation.color.isValid()) {
        const std::optional<Tag> first
            = annotation.tagIds.isEmpty() ? std::nullopt : m_library.tags().find(annotation.tagIds.first());
        annotation.color = first ? first->color : TagRepository::paletteColor(0);
    }
    const qint64 id = m_library.annotations().create(annotation);
    if (!note.trimmed().isEmpty())
        m_library.notes().setAnnotationNote(id, note);
    return true;
}

void QuoteWriter::merge(qint64 id, const Annotation &annotation, const QString &note)
{
    const std::optional<Annotation> existing = m_library.annotations().find(id);
    QList<qint64> tags = existing->tagIds;
    for (qint64 tag : annotation.tagIds) {
        if (!tags.contains(tag))
            tags << tag;
    }
    if (tags != existing->tagIds)
        m_library.annotations().setTags(id, tags);
    if (note.trimmed().isEmpty())
        return;
    const std::optional<Note> old = m_library.notes().forAnnotation(id);
    const QString body = old ? old->body : QString();
    if (body.contains(note.trimmed()))
        return;
    m_library.notes().setAnnotationNote(id, body.trimmed().isEmpty() ? note : body + QStringLiteral("\n\n") + note);
}

} // namespace bitext
