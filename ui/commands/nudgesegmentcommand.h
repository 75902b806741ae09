#pragma once

#include "ui/commands/segmenttimescommand.h"

namespace bitext::ui {

// Moves a timed segment's start (and the boundary with the one before it) by a few
// hundred milliseconds; undo puts back the times it had.
class NudgeSegmentCommand : public SegmentTimesCommand
{
public:
    NudgeSegmentCommand(Library &library, qint64 documentId, qint64 segmentId, qint64 deltaMs);

protected:
    void apply() override;

private:
    qint64 m_deltaMs;
};

} // namespace bitext::ui
