#include "ui/commands/setsegmentstartcommand.h"

namespace bitext::ui {

SetSegmentStartCommand::SetSegmentStartCommand(Library &library, qint64 documentId, qint64 segmentId, qint64 startMs)
    : LibraryCommand(library, QCoreApplication::translate("SetSegmentStartCommand", "Mark Segment Start"), documentId)
    , m_segmentId(segmentId)
    , m_startMs(startMs)
{
}

void SetSegmentStartCommand::apply()
{
    m_previous = SegmentTiming(m_library).setStart(m_segmentId, m_startMs);
}

void SetSegmentStartCommand::revert()
{
    SegmentTiming(m_library).restore(m_previous);
}

} // namespace bitext::ui
