#pragma once

#include "models/import/projectimportresult.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace bitext {

// What became of one file of an import: shown per file by the command line and
// the GUI's import dialog.
struct ImportResult
{
    enum class Status { Imported, Replaced, SkippedDuplicate, ChangedVersionExists, Failed, Cancelled };

    QString file;
    qint64 documentId = 0; // the new, replaced, duplicate or previous version's id
    QString title;
    QString format;
    QString encoding;
    int segments = 0;
    QStringList speakers; // in order of first appearance
    QStringList languages;
    Status status = Status::Failed;
    QString message; // "FILE:LINE: reason" for a failure; a note otherwise
    // The media file found beside the transcript with its base name and attached (absolute);
    // empty for none.
    QString media;
    int reanchored = 0; // annotations kept in place or found again (replace)
    int orphaned = 0; // annotations that could not be placed (replace)
    // Set for a REFI-QDA project or codebook or Web Annotation file: what ProjectImporter
    // did with it (documentId/title are then its first document, segments their sum).
    std::optional<ProjectImportResult> project;

    bool failed() const { return status == Status::Failed || status == Status::Cancelled; }
    // imported, replaced, skipped-duplicate, changed-version-exists, failed, cancelled
    static QString statusName(Status status);
};

} // namespace bitext
