#pragma once

#include "ui/commands/transactedcommand.h"

#include <QList>

namespace bitext::ui {

// Replaces the tags of an annotation; undo puts the old ones back.
class RetagAnnotationCommand : public TransactedCommand
{
    Q_DECLARE_TR_FUNCTIONS(RetagAnnotationCommand)

public:
    RetagAnnotationCommand(Library &library, qint64 annotationId, const QList<qint64> &tagIds);

protected:
    void applyChange() override;
    void revertChange() override;

private:
    qint64 m_id;
    QList<qint64> m_tags;
    QList<qint64> m_oldTags;
};

} // namespace bitext::ui
