#include "ui/commands/createannotationcommand.h"

#include "models/store/annotationrepository.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"

namespace bitext::ui {

CreateAnnotationCommand::CreateAnnotationCommand(Library &library, const Annotation &annotation, const QString &note)
    : LibraryCommand(library, tr("Highlight “%1”").arg(annotation.quote.left(24).simplified()), annotation.documentId)
    , m_annotation(annotation)
    , m_note(note)
{
    if (!m_annotation.created.isValid())
        m_annotation.created = QDateTime::currentDateTimeUtc();
    if (!m_annotation.modified.isValid())
        m_annotation.modified = m_annotation.created;
}

void CreateAnnotationCommand::apply()
{
    if (m_annotation.id == 0)
        m_annotation.id = library().annotations().create(m_annotation);
    else
        library().annotations().restore(m_annotation);
    if (!m_note.trimmed().isEmpty())
        library().notes().setAnnotationNote(m_annotation.id, m_note);
}

void CreateAnnotationCommand::revert()
{
    library().annotations().remove(m_annotation.id);
}

} // namespace bitext::ui
