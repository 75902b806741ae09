#include "ui/commands/recolorannotationcommand.h"

#include "models/core/error.h"
#include "models/store/annotationrepository.h"
#include "models/store/library.h"

namespace bitext::ui {

RecolorAnnotationCommand::RecolorAnnotationCommand(
    Library &library, qint64 annotationId, const QColor &color, std::optional<int> basedOn)
    : LibraryCommand(library, tr("Change highlight colour"), documentOfAnnotation(library, annotationId))
    , m_id(annotationId)
    , m_color(color)
    , m_basedOn(basedOn)
{
}

void RecolorAnnotationCommand::write(const QColor &color, bool first)
{
    auto annotation = library().annotations().find(m_id);
    if (!annotation)
        throw Error(tr("The annotation no longer exists."));
    if (first) {
        m_oldColor = annotation->color;
        annotation->version = m_basedOn.value_or(annotation->version);
    } else {
        ensureUnchanged(Change::Kind::Annotation, annotation);
    }
    annotation->color = color;
    const WriteResult result = library().annotations().update(*annotation);
    if (result.conflict)
        notice(result.conflict->annotationMessage());
}

void RecolorAnnotationCommand::apply()
{
    write(m_color, !appliedBefore());
}

void RecolorAnnotationCommand::revert()
{
    write(m_oldColor, false);
}

} // namespace bitext::ui
