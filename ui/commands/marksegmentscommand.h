#pragma once

#include "models/domain/segment.h"
#include "ui/commands/librarycommand.h"

#include <QList>

namespace bitext::ui {

// Marks segments as deliberately untranslated (or unmarks them), or accepts their
// pairing (clears the aligner's confidence: a person confirmed it). Undo puts each
// segment's mark and confidence back.
class MarkSegmentsCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(MarkSegmentsCommand)

public:
    static MarkSegmentsCommand *untranslated(
        Library &library, qint64 documentId, const QList<qint64> &segmentIds, bool untranslated);
    // What the alignment review's Accept pushes too.
    static MarkSegmentsCommand *accept(Library &library, qint64 documentId, const QList<qint64> &segmentIds);

protected:
    enum class Kind { Untranslated, Translated, Accept };
    MarkSegmentsCommand(
        Library &library, const QString &text, qint64 documentId, const QList<qint64> &segmentIds, Kind kind);
    void apply() override;
    void revert() override;

private:
    QList<qint64> m_segmentIds;
    Kind m_kind;
    QList<Segment> m_before;
};

} // namespace bitext::ui
