#pragma once

#include "models/domain/annotation.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>

namespace bitext {

class BulkStatement;
class Database;

// Keeps the full-text index (tables search_entries + search_text, schema steps 2
// and 5) in step with the library. Repositories call it inside their own
// transactions, so the index changes exactly when the data do (and rolls back with
// them). Statements are prepared once per instance: bulk imports reuse one instance.
// On SQLite the full-text table keeps no text, and taking a row out needs the text it
// indexed: every method that removes or replaces entries reads it from the owners'
// rows, so call it BEFORE those rows change or go.
class SearchIndex
{
public:
    // What an index entry stands for (search_entries.kind).
    enum Kind { SegmentText = 0, AnnotationQuote = 1, NoteBody = 2, DocumentTitle = 3 };

    explicit SearchIndex(Database &db);
    ~SearchIndex();

    // The text an entry (alias e) stands for, from its owner joined as seg (segment),
    // a (annotation), n (note) or d (document).
    static QString entryTextSql();
    // SELECT of every entry's id and the text it stands for (to add a WHERE on e).
    static QString entriesWithTextSql();

    // A new segment's two sides (empty sides are not stored).
    void addSegment(qint64 segmentId, qint64 documentId, const QString &zh, const QString &en);
    // The same with the sides' index text already made (SearchTokenizer::indexText of
    // zh and en): an import folds them ahead in another thread.
    void addSegmentIndexed(qint64 segmentId, qint64 documentId, const QString &zhBody, const QString &enBody);
    void removeSegmentsOf(qint64 documentId);
    // One segment's two sides (before its text changes or it goes: see above).
    void removeSegment(qint64 segmentId);
    void setDocumentTitle(qint64 documentId, const QString &title);
    void setAnnotation(const Annotation &annotation);
    // Removes the annotation's quote and the note on it (deleted with it by cascade).
    void removeAnnotation(qint64 annotationId);
    void setNote(qint64 noteId, qint64 documentId, const QString &body);
    void removeNote(qint64 noteId);
    // Everything of a document: segments, title, annotations, notes.
    void removeDocument(qint64 documentId);
    // Empties the index and fills it from the library's rows (schema upgrade).
    void rebuild();
    // Merges the index b-trees into one; worth it after a bulk import.
    void optimize();

private:
    void add(Kind kind, qint64 ownerId, qint64 documentId, const QString &side, const QString &text);
    void addBody(Kind kind, qint64 ownerId, qint64 documentId, const QString &side, const QString &body);
    void remove(Kind kind, qint64 ownerId);
    void removeWhere(const QString &condition, std::initializer_list<QVariant> values);

    Database &m_db;
    // Prepared at the first entry added, kept for the instance (an import's rows).
    std::unique_ptr<BulkStatement> m_insertEntry;
    std::unique_ptr<BulkStatement> m_insertText;
};

} // namespace bitext
