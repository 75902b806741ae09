#include "ui/commands/deletedocumentscommand.h"

#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"

#include <QCoreApplication>
#include <QHash>

#include <utility>

namespace bitext::ui {

DeleteDocumentsCommand::DeleteDocumentsCommand(Library &library, const QList<qint64> &documentIds)
    : LibraryCommand(library, QCoreApplication::translate("DeleteDocumentsCommand", "Delete %n Document(s)", nullptr,
                                                          int(documentIds.size())))
    , m_ids(documentIds)
{
    setObsolete(documentIds.isEmpty());
}

QList<qint64> DeleteDocumentsCommand::documentIds() const
{
    return m_ids;
}

DeleteDocumentsCommand::Snapshot DeleteDocumentsCommand::take(qint64 documentId)
{
    Snapshot s;
    DocumentRepository &documents = m_library.documents();
    if (const auto document = documents.find(documentId))
        s.text.document = *document;
    s.text.sections = documents.sections(documentId);
    s.text.segments = documents.segments(documentId);
    s.annotations = m_library.annotations().list(documentId);
    s.annotationNotes = m_library.notes().annotationNotes(documentId);
    if (const auto note = m_library.notes().forDocument(documentId))
        s.documentNote = note->body;
    return s;
}

void DeleteDocumentsCommand::apply()
{
    Transaction tx(m_library.database());
    m_snapshots.clear();
    for (qint64 id : std::as_const(m_ids)) {
        m_snapshots << take(id);
        m_library.documents().remove(id);
    }
    tx.commit();
}

void DeleteDocumentsCommand::revert()
{
    Transaction tx(m_library.database());
    m_ids.clear();
    for (const Snapshot &s : std::as_const(m_snapshots)) {
        const qint64 id = m_library.documents().insert(s.text);
        m_ids << id;
        // New segment ids, same order: re-anchor annotations by ordinal.
        QHash<int, qint64> segmentAt;
        const QList<Segment> segments = m_library.documents().segments(id);
        for (const Segment &segment : segments)
            segmentAt.insert(segment.ordinal, segment.id);
        for (Annotation a : s.annotations) {
            a.documentId = id;
            a.startSegmentId = segmentAt.value(a.startSegmentOrdinal, 0);
            a.endSegmentId = segmentAt.value(a.endSegmentOrdinal, 0);
            m_library.annotations().restore(a);
        }
        for (const Note &note : s.annotationNotes)
            m_library.notes().setAnnotationNote(note.annotationId, note.body);
        if (!s.documentNote.isEmpty())
            m_library.notes().setDocumentNote(id, s.documentNote);
    }
    tx.commit();
}

} // namespace bitext::ui
