#include "models/item/speakermodel.h"

#include "models/item/itemroles.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"
#include "models/text/untrustedtext.h"

#include <utility>

namespace bitext {

SpeakerModel::SpeakerModel(QObject *parent)
    : RowSyncModel<QAbstractListModel>(parent)
{
}

void SpeakerModel::setLibrary(Library *library)
{
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    m_documentId = 0;
    if (m_library)
        connect(m_library, &Library::changed, this, &SpeakerModel::onChanged);
    load(true);
}

void SpeakerModel::setDocument(qint64 documentId)
{
    m_documentId = documentId;
    load(true);
}

void SpeakerModel::onChanged(const ChangeList &changes)
{
    for (const Change &change : changes) {
        // The speakers themselves, or who speaks (and how often) in the document.
        if (change.kind == Change::Kind::Speaker
            || (m_documentId && change.kind == Change::Kind::Segment && change.documentId == m_documentId)
            || (m_documentId && change.kind == Change::Kind::Document && change.id == m_documentId)) {
            reload();
            return;
        }
    }
}

void SpeakerModel::reload()
{
    load(false);
}

QVector<Speaker> SpeakerModel::read(QHash<qint64, int> &turns, int &inDocument) const
{
    QList<Speaker> all;
    QList<QPair<qint64, int>> counts;
    if (m_library) {
        all = m_library->speakers().list();
        if (m_documentId)
            counts = m_library->speakers().turnCounts(m_documentId);
    }
    QVector<Speaker> speakers;
    for (const auto &count : std::as_const(counts)) {
        turns.insert(count.first, count.second);
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).id == count.first) {
                speakers << all.takeAt(i);
                break;
            }
        }
    }
    inDocument = int(speakers.size());
    for (const Speaker &s : std::as_const(all))
        speakers << s;
    return speakers;
}

void SpeakerModel::load(bool reset)
{
    // Read first: a read that throws leaves the model as it was.
    QHash<qint64, int> turns;
    int inDocument = 0;
    QVector<Speaker> speakers = read(turns, inDocument);
    if (reset) {
        beginResetModel();
        m_speakers = std::move(speakers);
        m_turns = std::move(turns);
        m_inDocument = inDocument;
        endResetModel();
        return;
    }
    // A speaker whose turn count changed shows another number.
    const QHash<qint64, int> before = std::exchange(m_turns, turns);
    m_inDocument = inDocument;
    syncRows(
        m_speakers, speakers, [](const Speaker &s) { return s.id; },
        [&](const Speaker &a, const Speaker &b) {
            return a.name == b.name && a.aliases == b.aliases && a.color == b.color
                && before.value(a.id) == m_turns.value(a.id);
        });
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
        return untrustedtext::shownLiterally(s.nameWithAliases());
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
