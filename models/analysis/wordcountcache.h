#pragma once

#include "models/domain/segment.h"
#include "models/store/change.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <array>
#include <optional>

namespace bitext {

// How often each (folded) word occurs in some text, and how many units (TextUnits) the
// text has: what a rate per 10,000 units is computed from.
struct WordCounts
{
    QHash<QString, qint64> words;
    qint64 units = 0;

    void add(const WordCounts &other);
};

// A document's word counts by speaker (0: no speaker) and side, the part of a count that
// segmenting takes long for.
using DocumentWordCounts = QHash<qint64, std::array<WordCounts, 2>>;

// The counts of whole documents kept until the document changes, so that a second count
// (another filter, another grouping) only reads them, and a change recounts only the
// changed document: the owner hands it every Library::changed. Thread-safe: workers
// read and fill it.
class WordCountCache
{
public:
    std::optional<DocumentWordCounts> find(qint64 documentId) const;
    void insert(qint64 documentId, const DocumentWordCounts &counts);
    void forget(qint64 documentId);
    // Forgets the documents whose text or speakers these changes touch (a document's
    // text, a segment's speaker; everything for a reset or a speaker removed). New
    // documents need nothing: they are counted when first asked for.
    void apply(const ChangeList &changes);
    void clear();
    int size() const;

private:
    mutable QMutex m_mutex;
    QHash<qint64, DocumentWordCounts> m_documents;
};

} // namespace bitext
