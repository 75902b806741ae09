#pragma once

#include "ui/commands/librarycommand.h"

#include <QList>

#include <optional>

namespace bitext::ui {

// Replaces the tags of an annotation; undo puts the old ones back. basedOn and the
// refusal to overwrite someone's later change as in RecolorAnnotationCommand.
class RetagAnnotationCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(RetagAnnotationCommand)

public:
    RetagAnnotationCommand(
        Library &library, qint64 annotationId, const QList<qint64> &tagIds, std::optional<int> basedOn = std::nullopt);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_id;
    QList<qint64> m_tags;
    QList<qint64> m_oldTags;
    std::optional<int> m_basedOn;

    void write(const QList<qint64> &tagIds, bool first);
};

} // namespace bitext::ui
