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

    // MatrixTableModel (and MatrixQuoteModel: AnnotationIdRole, MatrixDocumentRole)
    MatrixHeatRole = Qt::UserRole + 400, // double 0..1: the cell against the largest; invalid off the body
    MatrixRowRole, // int: row of the MatrixTable, -1 for the totals row
    MatrixColumnRole, // int: column of the MatrixTable, -1 for the totals column, -2 for the codes
    MatrixTotalRole, // bool: the totals row (kept last whatever the sort)
    MatrixAnnotationRole, // qint64 annotation id of a quote
    MatrixDocumentRole, // qint64 document id of a quote
};
} // namespace ItemRole

} // namespace bitext
