#pragma once

#include "models/domain/annotation.h"
#include "ui/commands/librarycommand.h"

namespace bitext::ui {

// Deletes an annotation with its tags and note; undo restores all of it with the
// same id.
class DeleteAnnotationCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteAnnotationCommand)

public:
    DeleteAnnotationCommand(Library &library, qint64 annotationId);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_id;
    Annotation m_annotation;
    QString m_note;
};

} // namespace bitext::ui
