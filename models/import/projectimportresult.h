#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace bitext {

// What became of one REFI-QDA project, codebook or Web Annotation file: the
// documents made (or found already there), the codebook and quote counts, the
// quotes that could not be placed, and what was left out. A failed import stored
// nothing; `error` says why ("FILE:LINE: reason").
struct ProjectImportResult
{
    Q_DECLARE_TR_FUNCTIONS(ProjectImportResult)

public:
    struct DocumentEntry
    {
        qint64 id = 0;
        QString title;
        bool alreadyThere = false; // the same text was in the library: nothing added to it
        int segments = 0;
        int quotes = 0;
    };

    QString file;
    QString format; // qdpx, qdc, webannotation
    bool failed = false;
    QString error;
    QList<DocumentEntry> documents;
    int tagsCreated = 0;
    int tagsMerged = 0; // codes that matched a tag already in the codebook
    int quotes = 0; // annotations stored (orphans included)
    int orphaned = 0; // of those, stored without a place (REFI-QDA selections whose text was not found)
    int notes = 0; // annotation and document notes written
    QStringList unplaced; // one line per quote that could not be placed
    QStringList warnings; // sources, notes and annotations left out, and why

    // A few lines for people: counts, then unplaced quotes and warnings.
    QString summary() const;
    // For `bitext import --json`: file, format, and error, or documents (id, title,
    // status, segments, quotes), tags_created, tags_merged, quotes, orphaned, notes,
    // unplaced, warnings.
    QJsonObject toJson() const;
};

} // namespace bitext
