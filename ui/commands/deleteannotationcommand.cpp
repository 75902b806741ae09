#include "ui/commands/deleteannotationcommand.h"

#include "models/core/error.h"
#include "models/store/annotationrepository.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"

namespace bitext::ui {

DeleteAnnotationCommand::DeleteAnnotationCommand(Library &library, qint64 annotationId)
    : LibraryCommand(library, tr("Remove highlight"), documentOfAnnotation(library, annotationId))
    , m_id(annotationId)
{
}

void DeleteAnnotationCommand::apply()
{
    // Read what is deleted at the moment it is deleted: the stack may have changed
    // the annotation since this command was made.
    const auto annotation = library().annotations().find(m_id);
    if (!annotation)
        throw Error(tr("The annotation no longer exists."));
    m_annotation = *annotation;
    const auto note = library().notes().forAnnotation(m_id);
    m_note = note ? note->body : QString();
    library().annotations().remove(m_id);
}

void DeleteAnnotationCommand::revert()
{
    library().annotations().restore(m_annotation);
    if (!m_note.isEmpty())
        library().notes().setAnnotationNote(m_id, m_note);
}

} // namespace bitext::ui
