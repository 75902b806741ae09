#include "ui/commands/retagannotationcommand.h"

#include "models/core/error.h"
#include "models/store/annotationrepository.h"
#include "models/store/library.h"

namespace bitext::ui {

RetagAnnotationCommand::RetagAnnotationCommand(Library &library, qint64 annotationId, const QList<qint64> &tagIds)
    : LibraryCommand(library, tr("Change tags"), documentOfAnnotation(library, annotationId))
    , m_id(annotationId)
    , m_tags(tagIds)
{
}

void RetagAnnotationCommand::apply()
{
    const auto annotation = library().annotations().find(m_id);
    if (!annotation)
        throw Error(tr("The annotation no longer exists."));
    m_oldTags = annotation->tagIds;
    library().annotations().setTags(m_id, m_tags);
}

void RetagAnnotationCommand::revert()
{
    library().annotations().setTags(m_id, m_oldTags);
}

} // namespace bitext::ui
