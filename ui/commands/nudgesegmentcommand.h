#pragma once

#include "models/media/segmenttiming.h"
#include "ui/commands/librarycommand.h"

namespace bitext::ui {

// Moves a timed segment's start (and the boundary with the one before it) by a few
// hundred milliseconds; undo puts back the times it had.
class NudgeSegmentCommand : public LibraryCommand
{
public:
    NudgeSegmentCommand(Library &library, qint64 documentId, qint64 segmentId, qint64 deltaMs);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_segmentId;
    qint64 m_deltaMs;
    QList<SegmentTiming::Times> m_previous;
};

} // namespace bitext::ui
