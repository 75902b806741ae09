#pragma once

#include "models/domain/note.h"
#include "models/store/editstamp.h"

#include <QList>

#include <optional>

namespace bitext {

class Library;

// Markdown notes on documents and on annotations (one note each).
class NoteRepository
{
public:
    explicit NoteRepository(Library &library);

    std::optional<Note> forDocument(qint64 documentId);
    std::optional<Note> forAnnotation(qint64 annotationId);
    // Notes of all annotations of a document (0: the whole library), keyed by annotation.
    QList<Note> annotationNotes(qint64 documentId = 0);
    // Creates, replaces or (with an empty body) deletes the note. basedOn is the
    // version the writer read (0: there was no note); when someone saved the note
    // since, this text still wins and theirs is kept below it (EditConflict), never
    // dropped. Without basedOn the note is simply replaced.
    WriteResult setDocumentNote(qint64 documentId, const QString &body, std::optional<int> basedOn = std::nullopt);
    WriteResult setAnnotationNote(qint64 annotationId, const QString &body, std::optional<int> basedOn = std::nullopt);
    // Adds a block at the end of an annotation's note (creating it).
    void appendToAnnotationNote(qint64 annotationId, const QString &text);

private:
    WriteResult write(
        const QString &column, qint64 ownerId, qint64 documentId, const QString &body, std::optional<int> basedOn);
    std::optional<Note> read(const QString &column, qint64 ownerId);
    Library &m_library;
};

} // namespace bitext
