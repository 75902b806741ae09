#pragma once

#include "models/store/change.h"

#include <QList>

namespace bitext {

class Database;

// The per-document figures the library list shows that derive from segments: the
// segment count (document_stats) and the speakers in order of first appearance
// (document_speakers, speaker ids, so a rename changes nothing here). Kept right by
// one rule: before a transaction commits, the documents whose segments or segment
// speakers it changed get their figures recomputed from their own segments (through
// the (document_id, ordinal) index, so per document, never over the whole table).
// Library installs follow() as the database's before-commit hook, so no writer can
// forget it.
class DocumentStats
{
public:
    explicit DocumentStats(Database &db);

    // Recomputes the figures of every document the changes touch (all of them for a
    // Reset without a document).
    void follow(const ChangeList &changes);
    void refresh(qint64 documentId);
    void refreshAll();

    // The documents whose figures changes may have changed; all = true when every one may have.
    static QList<qint64> touched(const ChangeList &changes, bool *all);

private:
    Database &m_db;
};

} // namespace bitext
