#include "models/store/documentstats.h"

#include "models/store/database.h"

namespace bitext {

DocumentStats::DocumentStats(Database &db)
    : m_db(db)
{
}

QList<qint64> DocumentStats::touched(const ChangeList &changes, bool *all)
{
    QList<qint64> ids;
    *all = false;
    for (const Change &change : changes) {
        qint64 id = 0;
        if (change.kind == Change::Kind::Document && change.op != Change::Op::Removed)
            id = change.op == Change::Op::Reset ? change.documentId : change.id;
        else if (change.kind == Change::Kind::Segment)
            id = change.documentId;
        else
            continue; // a speaker's name is joined when read; its removal resets its segments
        if (id == 0) {
            *all = true;
            return {};
        }
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

void DocumentStats::follow(const ChangeList &changes)
{
    bool all = false;
    const QList<qint64> ids = touched(changes, &all);
    if (all) {
        refreshAll();
        return;
    }
    for (qint64 id : ids)
        refresh(id);
}

void DocumentStats::refresh(qint64 documentId)
{
    // A removed document (or one removed later in the same transaction) gets no rows:
    // both inserts read through its own rows.
    m_db.exec(QStringLiteral("DELETE FROM document_stats WHERE document_id = ?"), {documentId});
    m_db.exec(QStringLiteral("INSERT INTO document_stats (document_id, segment_count) SELECT d.id, "
                             "(SELECT count(*) FROM segments s WHERE s.document_id = d.id) FROM documents d "
                             "WHERE d.id = ?"),
        {documentId});
    m_db.exec(QStringLiteral("DELETE FROM document_speakers WHERE document_id = ?"), {documentId});
    m_db.exec(QStringLiteral("INSERT INTO document_speakers (document_id, speaker_id, first_ordinal) "
                             "SELECT document_id, speaker_id, min(ordinal) FROM segments "
                             "WHERE document_id = ? AND speaker_id IS NOT NULL GROUP BY document_id, speaker_id"),
        {documentId});
}

void DocumentStats::refreshAll()
{
    // A bulk write (a library copied in): one pass over all segments, as the upgrade that
    // introduced these figures made.
    m_db.exec(QStringLiteral("DELETE FROM document_stats"));
    m_db.exec(QStringLiteral("INSERT INTO document_stats (document_id, segment_count) SELECT d.id, "
                             "(SELECT count(*) FROM segments s WHERE s.document_id = d.id) FROM documents d"));
    m_db.exec(QStringLiteral("DELETE FROM document_speakers"));
    m_db.exec(QStringLiteral("INSERT INTO document_speakers (document_id, speaker_id, first_ordinal) "
                             "SELECT document_id, speaker_id, min(ordinal) FROM segments "
                             "WHERE speaker_id IS NOT NULL GROUP BY document_id, speaker_id"));
}

} // namespace bitext
