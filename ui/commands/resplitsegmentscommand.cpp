#include "ui/commands/resplitsegmentscommand.h"

namespace bitext::ui {

ResplitSegmentsCommand::ResplitSegmentsCommand(
    Library &library, const QString &text, qint64 documentId, Operation operation)
    : LibraryCommand(library, text, documentId)
    , m_operation(std::move(operation))
{
}

ResplitSegmentsCommand *ResplitSegmentsCommand::split(
    Library &library, qint64 documentId, qint64 segmentId, Side side, int offset)
{
    return new ResplitSegmentsCommand(library, tr("Split Segment"), documentId,
        [=](SegmentRepair &repair) { return repair.split(segmentId, side, offset); });
}

ResplitSegmentsCommand *ResplitSegmentsCommand::mergeWithNext(Library &library, qint64 documentId, qint64 segmentId)
{
    return new ResplitSegmentsCommand(library, tr("Merge Segments"), documentId,
        [=](SegmentRepair &repair) { return repair.mergeWithNext(segmentId); });
}

ResplitSegmentsCommand *ResplitSegmentsCommand::moveFirstSentenceToPrevious(
    Library &library, qint64 documentId, qint64 segmentId, Side side)
{
    return new ResplitSegmentsCommand(library, tr("Move Sentence to Previous Segment"), documentId,
        [=](SegmentRepair &repair) { return repair.moveFirstSentenceToPrevious(segmentId, side); });
}

ResplitSegmentsCommand *ResplitSegmentsCommand::moveLastSentenceToNext(
    Library &library, qint64 documentId, qint64 segmentId, Side side)
{
    return new ResplitSegmentsCommand(library, tr("Move Sentence to Next Segment"), documentId,
        [=](SegmentRepair &repair) { return repair.moveLastSentenceToNext(segmentId, side); });
}

ResplitSegmentsCommand *ResplitSegmentsCommand::attached(Library &library, const SegmentRepair::Edit &edit)
{
    return new ResplitSegmentsCommand(
        library, tr("Attach Translation"), edit.before.documentId, [=](SegmentRepair &) { return edit; });
}

void ResplitSegmentsCommand::apply()
{
    SegmentRepair repair(library());
    if (appliedBefore())
        repair.restore(m_edit.before, m_edit.after);
    else
        m_edit = m_operation(repair);
}

void ResplitSegmentsCommand::revert()
{
    SegmentRepair(library()).restore(m_edit.after, m_edit.before);
}

} // namespace bitext::ui
