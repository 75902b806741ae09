#pragma once

#include "models/domain/note.h"

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
    // Creates, replaces or (with an empty body) deletes the note.
    void setDocumentNote(qint64 documentId, const QString &body);
    void setAnnotationNote(qint64 annotationId, const QString &body);

private:
    void write(const QString &column, qint64 ownerId, qint64 documentId, const QString &body);
    std::optional<Note> read(const QString &column, qint64 ownerId);
    Library &m_library;
};

} // namespace bitext
