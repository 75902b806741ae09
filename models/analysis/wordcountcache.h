#pragma once

#include "models/domain/segment.h"
#include "models/store/change.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <array>
#include <optional>

namespace bitext {

class Library;

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

// A document's counts as the cache file keeps them, with the stamp of the text they
// were counted from.
struct WordCountFileEntry
{
    QByteArray stamp;
    DocumentWordCounts counts;
};

// The counts of whole documents kept until the document changes, so that a second count
// (another filter, another grouping) only reads them, and a change recounts only the
// changed document: the owner hands it every Library::changed. Thread-safe: workers
// read and fill it.
class WordCountCache
{
public:
    WordCountCache() = default;
    // Also keeps the counts in `file` (WordCountFile) for the library at `location`, so
    // that the next process reads them instead of counting: the first lookup reads the
    // file, save() writes it when something was counted.
    WordCountCache(const QString &file, const QString &location);
    // The same for `library`'s own file in the user's cache folder.
    explicit WordCountCache(const Library &library);

    std::optional<DocumentWordCounts> find(qint64 documentId) const;
    void insert(qint64 documentId, const DocumentWordCounts &counts);
    void forget(qint64 documentId);
    // Forgets the documents whose text or speakers these changes touch (a document's
    // text, a segment's speaker; everything for a reset or a speaker removed). New
    // documents need nothing: they are counted when first asked for.
    void apply(const ChangeList &changes);
    void clear();
    int size() const;

    bool persistent() const { return !m_file.isEmpty(); }
    // The counts the file holds for a document with this stamp (WordCountFile::stamp).
    std::optional<DocumentWordCounts> findStored(qint64 documentId, const QByteArray &stamp);
    void insertStored(qint64 documentId, const QByteArray &stamp, const DocumentWordCounts &counts);
    // Reads the file now (it is otherwise read at the first findStored()): a count starts
    // it on a pool thread while it reads the first documents' segments.
    void load();
    // Writes the file if anything was counted since it was read; best effort.
    void save();
    // Documents read from the file and documents counted anew, since this cache was made.
    int storedHits() const;
    int storedMisses() const;

private:
    void loadStored(); // with m_mutex held

    mutable QMutex m_mutex;
    QHash<qint64, DocumentWordCounts> m_documents;
    QString m_file;
    QString m_location;
    bool m_loaded = false;
    bool m_dirty = false;
    int m_hits = 0;
    int m_misses = 0;
    QHash<qint64, WordCountFileEntry> m_stored;
};

} // namespace bitext
