#pragma once

#include "models/domain/annotation.h"
#include "ui/commands/librarycommand.h"

namespace bitext::ui {

// Stores a new annotation (with its tags and an optional note); undo deletes it,
// redo puts it back with the same id.
class CreateAnnotationCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateAnnotationCommand)

public:
    CreateAnnotationCommand(Library &library, const Annotation &annotation, const QString &note = QString());
    // The stored annotation's id, 0 until the first redo.
    qint64 annotationId() const { return m_annotation.id; }

protected:
    void apply() override;
    void revert() override;

private:
    Annotation m_annotation;
    QString m_note;
};

} // namespace bitext::ui
