#include "ui/commands/recolorannotationcommand.h"

#include "models/core/error.h"
#include "models/store/annotationrepository.h"
#include "models/store/library.h"

namespace bitext::ui {

RecolorAnnotationCommand::RecolorAnnotationCommand(Library &library, qint64 annotationId, const QColor &color)
    : LibraryCommand(library, tr("Change highlight colour"), documentOfAnnotation(library, annotationId))
    , m_id(annotationId)
    , m_color(color)
{
}

void RecolorAnnotationCommand::write(const QColor &color)
{
    auto annotation = library().annotations().find(m_id);
    if (!annotation)
        throw Error(tr("The annotation no longer exists."));
    annotation->color = color;
    library().annotations().update(*annotation);
}

void RecolorAnnotationCommand::apply()
{
    const auto annotation = library().annotations().find(m_id);
    if (annotation)
        m_oldColor = annotation->color;
    write(m_color);
}

void RecolorAnnotationCommand::revert()
{
    write(m_oldColor);
}

} // namespace bitext::ui
