#include "ui/commands/retagannotationcommand.h"

#include "models/core/error.h"
#include "models/store/annotationrepository.h"
#include "models/store/library.h"

namespace bitext::ui {

RetagAnnotationCommand::RetagAnnotationCommand(
    Library &library, qint64 annotationId, const QList<qint64> &tagIds, std::optional<int> basedOn)
    : LibraryCommand(library, tr("Change tags"), documentOfAnnotation(library, annotationId))
    , m_id(annotationId)
    , m_tags(tagIds)
    , m_basedOn(basedOn)
{
}

void RetagAnnotationCommand::write(const QList<qint64> &tagIds, bool first)
{
    const auto annotation = library().annotations().find(m_id);
    if (!annotation)
        throw Error(tr("The annotation no longer exists."));
    if (first)
        m_oldTags = annotation->tagIds;
    else
        ensureUnchanged(Change::Kind::Annotation, annotation);
    const WriteResult result = library().annotations().setTags(
        m_id, tagIds, first ? m_basedOn.value_or(annotation->version) : annotation->version);
    if (result.conflict)
        notice(result.conflict->annotationMessage());
}

void RetagAnnotationCommand::apply()
{
    write(m_tags, !appliedBefore());
}

void RetagAnnotationCommand::revert()
{
    write(m_oldTags, false);
}

} // namespace bitext::ui
