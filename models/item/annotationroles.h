#pragma once

#include <Qt>

namespace bitext {

// Roles of AnnotationListModel and TagTreeModel. They continue the numbering of
// ItemRole (itemroles.h) from Qt::UserRole + 400, so that the two sets never clash
// and may later be folded into one header.
namespace AnnotationRole {
enum : int {
    // AnnotationListModel (Qt::DisplayRole: the quote on one line, ToolTipRole: the note)
    AnnotationIdRole = Qt::UserRole + 400, // qint64
    DocumentIdRole, // qint64
    DocumentTitleRole, // QString
    QuoteRole, // QString, exactly as stored
    SideRole, // QString "zh" or "en"
    SegmentOrdinalRole, // int, -1 when orphaned
    TagIdsRole, // QVariantList of qint64
    TagPathsRole, // QStringList, "Parent/Child"
    SpeakerIdRole, // qint64, 0 for none
    SpeakerNameRole, // QString
    ColorRole, // QColor of the highlight (also Qt::DecorationRole)
    NoteRole, // QString (Markdown), empty for none
    AuthorRole, // QString
    CreatedRole, // QDateTime (UTC)
    OrphanedRole, // bool
    VersionRole, // int: the stored version the row shows (edits say what they were based on)

    // TagTreeModel (column 0: name, column 1: count)
    TagIdRole = Qt::UserRole + 500, // qint64
    TagPathRole, // QString
    TagColorRole, // QColor (also Qt::DecorationRole in column 0)
    TagDescriptionRole, // QString (also ToolTipRole)
    TagCountRole, // int: quotes with exactly this tag
    TagTotalCountRole, // int: quotes with this tag or one below it

    // Raw value for sorting, answered by both models (same value as ItemRole::SortRole).
    SortRole = Qt::UserRole + 300,
};
} // namespace AnnotationRole

} // namespace bitext
