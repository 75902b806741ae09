#pragma once

#include "models/align/segmentrepair.h"
#include "ui/commands/librarycommand.h"

#include <functional>

namespace bitext::ui {

// A repair of the pairing that moves segment boundaries (split, merge, move a
// sentence): the first redo runs the operation, undo and redo put the run back exactly
// as it was or became (the same segment ids and annotation offsets).
class ResplitSegmentsCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResplitSegmentsCommand)

public:
    using Operation = std::function<SegmentRepair::Edit(SegmentRepair &)>;

    static ResplitSegmentsCommand *split(Library &library, qint64 documentId, qint64 segmentId, Side side, int offset);
    static ResplitSegmentsCommand *mergeWithNext(Library &library, qint64 documentId, qint64 segmentId);
    static ResplitSegmentsCommand *moveFirstSentenceToPrevious(
        Library &library, qint64 documentId, qint64 segmentId, Side side);
    static ResplitSegmentsCommand *moveLastSentenceToNext(
        Library &library, qint64 documentId, qint64 segmentId, Side side);
    // A translation attached by AlignService (which rewrote the whole document, `edit`
    // being SegmentRepair::whole() before and after): the first redo has nothing to do.
    static ResplitSegmentsCommand *attached(Library &library, const SegmentRepair::Edit &edit);

    // The run as it is after the command (its first segment is where the reader goes).
    const SegmentRepair::Run &after() const { return m_edit.after; }

protected:
    ResplitSegmentsCommand(Library &library, const QString &text, qint64 documentId, Operation operation);
    void apply() override;
    void revert() override;

private:
    Operation m_operation;
    SegmentRepair::Edit m_edit;
};

} // namespace bitext::ui
