#include "ui/commands/nudgesegmentcommand.h"

namespace bitext::ui {

NudgeSegmentCommand::NudgeSegmentCommand(Library &library, qint64 documentId, qint64 segmentId, qint64 deltaMs)
    : SegmentTimesCommand(library,
        deltaMs < 0 ? QCoreApplication::translate("NudgeSegmentCommand", "Move Segment Start Earlier")
                    : QCoreApplication::translate("NudgeSegmentCommand", "Move Segment Start Later"),
        documentId, segmentId)
    , m_deltaMs(deltaMs)
{
}

void NudgeSegmentCommand::apply()
{
    m_previous = SegmentTiming(m_library).nudge(m_segmentId, m_deltaMs);
}

} // namespace bitext::ui
