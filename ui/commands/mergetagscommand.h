#pragma once

#include "models/domain/tag.h"
#include "ui/commands/librarycommand.h"

#include <QList>

namespace bitext::ui {

// Merges one tag into another (its quotes and children move over, it disappears);
// undo brings the tag back with its children and exactly its old quotes.
class MergeTagsCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeTagsCommand)

public:
    MergeTagsCommand(Library &library, qint64 fromId, qint64 intoId);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_fromId;
    qint64 m_intoId;
    Tag m_from;
    QList<qint64> m_children;
    QList<qint64> m_fromQuotes;
    QList<qint64> m_addedToInto; // quotes that had `from` but not `into`
};

} // namespace bitext::ui
