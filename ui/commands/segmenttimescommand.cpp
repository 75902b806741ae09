#include "ui/commands/segmenttimescommand.h"

namespace bitext::ui {

SegmentTimesCommand::SegmentTimesCommand(Library &library, const QString &text, qint64 documentId, qint64 segmentId)
    : LibraryCommand(library, text, documentId)
    , m_segmentId(segmentId)
{
}

void SegmentTimesCommand::revert()
{
    SegmentTiming(m_library).restore(m_previous);
}

} // namespace bitext::ui
