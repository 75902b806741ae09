#pragma once

#include "models/domain/document.h"
#include "models/domain/parseddocument.h"
#include "models/domain/section.h"
#include "models/domain/segment.h"

#include <QHash>
#include <QList>

#include <optional>

class QSqlQuery;

namespace bitext {

class Library;

// Documents with their sections and segments.
class DocumentRepository
{
public:
    explicit DocumentRepository(Library &library);

    // Every document with the figures the library list shows, read from the stored
    // per-document figures (DocumentStats) and the annotations' tags.
    QList<DocumentSummary> list();
    // The same for these documents only (those not found left out), in id order.
    QList<DocumentSummary> summaries(const QList<qint64> &ids);
    // The documents whose rows show this speaker's or this tag's name.
    QList<qint64> documentsWithSpeaker(qint64 speakerId);
    QList<qint64> documentsWithTag(qint64 tagId);
    // Every document's title by id: one read of the documents table, for views that name
    // documents without their figures.
    QHash<qint64, QString> titles();
    std::optional<Document> find(qint64 id);
    std::optional<Document> findByHash(const QString &contentHash);
    // An earlier import of the same source: same source file name or same title.
    std::optional<Document> findPreviousVersion(const QString &sourceFile, const QString &title);

    QList<Section> sections(qint64 documentId);
    QList<Segment> segments(qint64 documentId);
    std::optional<Segment> segment(qint64 segmentId);
    int segmentCount(qint64 documentId);

    // Stores a parsed document in one transaction and returns its id.
    qint64 insert(const ParsedDocument &parsed);
    // Replaces a document's metadata, sections and segments, keeping its id. Segment
    // ids change: a caller that keeps annotations re-anchors them in the same
    // transaction (annotations pointing at removed segments get NULL segment ids).
    void replaceText(qint64 documentId, const ParsedDocument &parsed);
    void updateMetadata(const Document &document);
    void remove(qint64 documentId);

private:
    // idFilter: empty for all documents, else " IN (ids)".
    QList<DocumentSummary> summariesWhere(const QString &idFilter);
    QList<qint64> ids(const QString &sql, qint64 value);
    void insertText(qint64 documentId, const ParsedDocument &parsed);
    static Document documentFromRow(const QSqlQuery &query);

    Library &m_library;
};

} // namespace bitext
