#pragma once

#include "ui/commands/segmenttimescommand.h"

namespace bitext::ui {

// Tap-timing: a segment starts at the player's position (and the one before it ends
// there), stored at once; undo puts back the times it had.
class SetSegmentStartCommand : public SegmentTimesCommand
{
public:
    SetSegmentStartCommand(Library &library, qint64 documentId, qint64 segmentId, qint64 startMs);

protected:
    void apply() override;

private:
    qint64 m_startMs;
};

} // namespace bitext::ui
