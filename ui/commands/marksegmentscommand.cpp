#include "ui/commands/marksegmentscommand.h"

#include "models/align/segmentrepair.h"

namespace bitext::ui {

MarkSegmentsCommand::MarkSegmentsCommand(
    Library &library, const QString &text, qint64 documentId, const QList<qint64> &segmentIds, Kind kind)
    : LibraryCommand(library, text, documentId)
    , m_segmentIds(segmentIds)
    , m_kind(kind)
{
    setObsolete(segmentIds.isEmpty());
}

MarkSegmentsCommand *MarkSegmentsCommand::untranslated(
    Library &library, qint64 documentId, const QList<qint64> &segmentIds, bool untranslated)
{
    const int n = int(segmentIds.size());
    return new MarkSegmentsCommand(library,
        untranslated ? tr("Mark %n Segment(s) Untranslated", nullptr, n)
                     : tr("Unmark %n Segment(s) Untranslated", nullptr, n),
        documentId, segmentIds, untranslated ? Kind::Untranslated : Kind::Translated);
}

MarkSegmentsCommand *MarkSegmentsCommand::accept(Library &library, qint64 documentId, const QList<qint64> &segmentIds)
{
    return new MarkSegmentsCommand(
        library, tr("Accept %n Pairing(s)", nullptr, int(segmentIds.size())), documentId, segmentIds, Kind::Accept);
}

void MarkSegmentsCommand::apply()
{
    SegmentRepair repair(library());
    m_before = m_kind == Kind::Accept ? repair.accept(m_segmentIds)
                                      : repair.setUntranslated(m_segmentIds, m_kind == Kind::Untranslated);
}

void MarkSegmentsCommand::revert()
{
    SegmentRepair(library()).restoreMarks(m_before);
}

} // namespace bitext::ui
