#pragma once

#include "models/media/segmenttiming.h"
#include "ui/commands/librarycommand.h"

namespace bitext::ui {

// Base of the timing steps (SetSegmentStartCommand, NudgeSegmentCommand): apply() keeps
// the rows as they were, and undo puts them back.
class SegmentTimesCommand : public LibraryCommand
{
protected:
    SegmentTimesCommand(Library &library, const QString &text, qint64 documentId, qint64 segmentId);
    void revert() override;

    qint64 m_segmentId;
    QList<SegmentTiming::Times> m_previous;
};

} // namespace bitext::ui
