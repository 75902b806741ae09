#pragma once

#include "models/media/segmenttiming.h"
#include "ui/commands/librarycommand.h"

namespace bitext::ui {

// Tap-timing: a segment starts at the player's position (and the one before it ends
// there), stored at once; undo puts back the times it had.
class SetSegmentStartCommand : public LibraryCommand
{
public:
    SetSegmentStartCommand(Library &library, qint64 documentId, qint64 segmentId, qint64 startMs);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_segmentId;
    qint64 m_startMs;
    QList<SegmentTiming::Times> m_previous;
};

} // namespace bitext::ui
