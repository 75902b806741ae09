#pragma once

#include <Qt>

namespace bitext {

// Every custom role of Bitext's item models, in one place so that views, delegates and
// proxies agree on the numbers. Each model documents which of these it answers.
namespace ItemRole {
enum : int {
    // SegmentModel
    SegmentIdRole = Qt::UserRole + 1, // qint64
    OrdinalRole, // int, 0-based
    ZhTextRole, // QString
    EnTextRole, // QString
    SpeakerIdRole, // qint64, 0 for none
    SpeakerNameRole, // QString
    SpeakerColorRole, // QColor, invalid for none
    StartMsRole, // qint64 or invalid QVariant
    EndMsRole, // qint64 or invalid QVariant
    TurnStartRole, // bool: first segment of a speaker's turn
    SectionTitleRole, // QString: heading that starts at this segment, else empty
    SectionLevelRole, // int
    SourceLineRole, // int
    ConfidenceRole, // double 0..1, or invalid QVariant when not from an aligner
    UntranslatedRole, // bool: marked as deliberately untranslated

    // DocumentListModel
    DocumentIdRole = Qt::UserRole + 100, // qint64
    TitleRole, // QString
    DateRole, // QString
    ImportedAtRole, // QDateTime
    SpeakersRole, // QStringList
    SegmentCountRole, // int
    TagsRole, // QStringList (codebook tags, then the source's keywords)
    LanguagesRole, // QStringList
    SummaryRole, // QString (the tooltip has it too, made fit to show)

    // SpeakerModel
    SpeakerRole = Qt::UserRole + 200, // qint64 speaker id
    ColorRole, // QColor
    AliasesRole, // QStringList
    DocumentTurnsRole, // int: segments in the model's current document

    // Raw value for sorting and filtering, answered by every model.
    SortRole = Qt::UserRole + 300,
};
} // namespace ItemRole

} // namespace bitext
