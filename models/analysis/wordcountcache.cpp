#include "models/analysis/wordcountcache.h"

#include <QMutexLocker>

namespace bitext {

void WordCounts::add(const WordCounts &other)
{
    for (auto it = other.words.cbegin(); it != other.words.cend(); ++it)
        words[it.key()] += it.value();
    units += other.units;
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

} // namespace bitext
