#pragma once

#include "ui/commands/librarycommand.h"

#include <QList>

namespace bitext::ui {

// Replaces the tags of an annotation; undo puts the old ones back.
class RetagAnnotationCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(RetagAnnotationCommand)

public:
    RetagAnnotationCommand(Library &library, qint64 annotationId, const QList<qint64> &tagIds);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_id;
    QList<qint64> m_tags;
    QList<qint64> m_oldTags;
};

} // namespace bitext::ui
