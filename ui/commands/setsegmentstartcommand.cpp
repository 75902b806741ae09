#include "ui/commands/setsegmentstartcommand.h"

namespace bitext::ui {

SetSegmentStartCommand::SetSegmentStartCommand(Library &library, qint64 documentId, qint64 segmentId, qint64 startMs)
    : SegmentTimesCommand(
        library, QCoreApplication::translate("SetSegmentStartCommand", "Mark Segment Start"), documentId, segmentId)
    , m_startMs(startMs)
{
}

void SetSegmentStartCommand::apply()
{
    m_previous = SegmentTiming(m_library).setStart(m_segmentId, m_startMs);
}

} // namespace bitext::ui
