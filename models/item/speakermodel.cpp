#include "models/item/speakermodel.h"

#include "models/item/itemroles.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"

#include <utility>

namespace bitext {

SpeakerModel::SpeakerModel(QObject *parent) : QAbstractListModel(parent) {}

void SpeakerModel::setLibrary(Library *library)
{
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    m_documentId = 0;
    if (m_library) {
        connect(m_library, &Library::speakersChanged, this, &SpeakerModel::reload);
        connect(m_library, &Library::documentsChanged, this, &SpeakerModel::reload);
    }
    reload();
}

void SpeakerModel::setDocument(qint64 documentId)
{
    m_documentId = documentId;
    reload();
}

void SpeakerModel::reload()
{
    // Load first, then reset: a read that throws leaves the model as it was.
    QList<Speaker> all;
    QList<QPair<qint64, int>> counts;
    if (m_library) {
        all = m_library->speakers().list();
        if (m_documentId)
            counts = m_library->speakers().turnCounts(m_documentId);
    }
    beginResetModel();
    m_speakers.clear();
    m_turns.clear();
    // The document's speakers first, in order of their turns, then everyone else.
    for (const auto &count : std::as_const(counts)) {
        m_turns.insert(count.first, count.second);
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).id == count.first) {
                m_speakers << all.takeAt(i);
                break;
            }
        }
    }
    m_inDocument = int(m_speakers.size());
    for (const Speaker &s : std::as_const(all))
        m_speakers << s;
    endResetModel();
}

int SpeakerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_speakers.size());
}

QModelIndex SpeakerModel::indexOfSpeaker(qint64 speakerId) const
{
    for (int row = 0; row < m_speakers.size(); ++row) {
        if (m_speakers.at(row).id == speakerId)
            return index(row);
    }
    return {};
}

QVariant SpeakerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Speaker &s = m_speakers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return s.name;
    case Qt::DecorationRole:
    case ItemRole::ColorRole:
        return s.color;
    case Qt::ToolTipRole:
        return s.nameWithAliases();
    case ItemRole::SpeakerRole:
        return s.id;
    case ItemRole::AliasesRole:
        return s.aliases;
    case ItemRole::DocumentTurnsRole:
        return m_turns.value(s.id, 0);
    case ItemRole::SortRole:
        return s.name.toLower();
    default:
        return {};
    }
}

} // namespace bitext
