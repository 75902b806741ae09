#pragma once

#include "models/domain/tag.h"
#include "ui/commands/librarycommand.h"

#include <QHash>
#include <QList>

namespace bitext::ui {

// Deletes a tag with the tags below it (their quotes stay, untagged); undo restores
// the tags with their ids and every quote's link to them.
class DeleteTagCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteTagCommand)

public:
    DeleteTagCommand(Library &library, qint64 tagId);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_id;
    QList<Tag> m_subtree; // parents first
    QHash<qint64, QList<qint64>> m_quotes;
};

} // namespace bitext::ui
