#pragma once

#include "models/domain/speaker.h"
#include "ui/commands/librarycommand.h"

#include <QHash>

namespace bitext::ui {

// Merges one speaker into another across the library ("Yan" is Jan Leike); undo brings
// the merged speaker back with its id, colour, aliases and segments.
class MergeSpeakersCommand : public LibraryCommand
{
public:
    MergeSpeakersCommand(Library &library, qint64 fromId, qint64 intoId);

protected:
    void apply() override;
    void revert() override;

private:
    Speaker m_from;
    qint64 m_intoId;
    QStringList m_intoAliases;
    QHash<qint64, qint64> m_segments; // segment -> speaker before the merge
};

} // namespace bitext::ui
