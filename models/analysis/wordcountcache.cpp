#include "models/analysis/wordcountcache.h"

#include "models/analysis/wordcountfile.h"

#include <QMutexLocker>

namespace bitext {

void WordCounts::add(const WordCounts &other)
{
    for (auto it = other.words.cbegin(); it != other.words.cend(); ++it)
        words[it.key()] += it.value();
    units += other.units;
}

WordCountCache::WordCountCache(const QString &file, const QString &location)
    : m_file(file)
    , m_location(location)
{
}

WordCountCache::WordCountCache(const Library &library)
    : m_location(WordCountFile::identity(library))
{
    m_file = WordCountFile::pathFor(m_location);
}

std::optional<DocumentWordCounts> WordCountCache::find(qint64 documentId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_documents.constFind(documentId);
    if (it == m_documents.cend())
        return std::nullopt;
    return *it;
}

void WordCountCache::insert(qint64 documentId, const DocumentWordCounts &counts)
{
    QMutexLocker lock(&m_mutex);
    m_documents.insert(documentId, counts);
}

void WordCountCache::forget(qint64 documentId)
{
    QMutexLocker lock(&m_mutex);
    m_documents.remove(documentId);
}

void WordCountCache::apply(const ChangeList &changes)
{
    for (const Change &change : changes) {
        switch (change.kind) {
        case Change::Kind::Document:
            if (change.op == Change::Op::Reset && change.id == 0)
                clear();
            else
                forget(change.id);
            break;
        case Change::Kind::Segment:
            if (change.documentId == 0)
                clear();
            else
                forget(change.documentId);
            break;
        case Change::Kind::Speaker:
            if (change.op == Change::Op::Removed || change.op == Change::Op::Reset)
                clear();
            break;
        case Change::Kind::Tag:
        case Change::Kind::Annotation:
        case Change::Kind::Note:
            break; // whole documents' counts do not depend on quotes
        }
    }
}

void WordCountCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_documents.clear();
}

int WordCountCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_documents.size());
}

void WordCountCache::loadStored()
{
    if (m_loaded || m_file.isEmpty())
        return;
    m_loaded = true;
    m_stored = WordCountFile::read(m_file, m_location);
}

void WordCountCache::load()
{
    QMutexLocker lock(&m_mutex);
    loadStored();
}

std::optional<DocumentWordCounts> WordCountCache::findStored(qint64 documentId, const QByteArray &stamp)
{
    QMutexLocker lock(&m_mutex);
    loadStored();
    const auto it = m_stored.constFind(documentId);
    if (it == m_stored.cend() || it->stamp != stamp)
        return std::nullopt;
    ++m_hits;
    return it->counts;
}

void WordCountCache::insertStored(qint64 documentId, const QByteArray &stamp, const DocumentWordCounts &counts)
{
    QMutexLocker lock(&m_mutex);
    m_documents.insert(documentId, counts);
    if (m_file.isEmpty())
        return;
    loadStored();
    m_stored.insert(documentId, {stamp, counts});
    m_dirty = true;
    ++m_misses;
}

void WordCountCache::save()
{
    QMutexLocker lock(&m_mutex);
    if (!m_dirty || m_file.isEmpty())
        return;
    if (WordCountFile::write(m_file, m_location, m_stored))
        m_dirty = false;
}

int WordCountCache::storedHits() const
{
    QMutexLocker lock(&m_mutex);
    return m_hits;
}

int WordCountCache::storedMisses() const
{
    QMutexLocker lock(&m_mutex);
    return m_misses;
}

} // namespace bitext
