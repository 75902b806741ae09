#include "models/item/segmentmodel.h"

#include "models/item/itemroles.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"
#include "models/text/untrustedtext.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace bitext {

namespace {

// More changed segments than this in one batch are cheaper to re-read at once.
constexpr int kMaxSingleReads = 64;

// What a segment's speaker shows in.
QVector<int> speakerRoles()
{
    return {ItemRole::SpeakerIdRole, ItemRole::SpeakerNameRole, ItemRole::SpeakerColorRole, ItemRole::TurnStartRole};
}

} // namespace

SegmentModel::SegmentModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SegmentModel::setLibrary(Library *library)
{
    if (m_library == library)
        return;
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    setDocument(0);
    if (!m_library)
        return;
    connect(m_library, &Library::changed, this, &SegmentModel::onChanged);
}

void SegmentModel::onChanged(const ChangeList &changes)
{
    if (!m_document.id)
        return;
    bool everyone = false;
    QSet<qint64> speakers;
    QList<qint64> segments;
    for (const Change &change : changes) {
        if (change.kind == Change::Kind::Document && (change.id == m_document.id || change.op == Change::Op::Reset)) {
            // New text or metadata: reload() keeps the rows unless the text was
            // replaced; a deleted document empties the reader.
            if (change.op == Change::Op::Removed || !m_library->documents().find(m_document.id))
                setDocument(0);
            else
                reload();
            return;
        }
        if (change.kind == Change::Kind::Speaker) {
            if (change.op == Change::Op::Reset)
                everyone = true;
            else
                speakers << change.id;
        }
        if (change.kind == Change::Kind::Segment && (change.documentId == m_document.id || change.documentId == 0)) {
            if (change.op == Change::Op::Reset)
                everyone = true;
            else if (!segments.contains(change.id))
                segments << change.id;
        }
    }
    if (everyone || segments.size() > kMaxSingleReads) {
        refreshSpeakers();
        return;
    }
    if (speakers.isEmpty() && segments.isEmpty())
        return;
    // A speaker renamed or recoloured: the rows they speak; one added: no row yet.
    m_speakers = loadSpeakers();
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_segments.size(); ++row) {
        Segment &s = m_segments[row];
        if (speakers.contains(s.speakerId)) {
            s.speaker = m_speakers.value(s.speakerId).name;
            first = first < 0 ? row : first;
            last = row;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first), index(last), speakerRoles());
    refreshSegmentSpeakers(segments);
}

void SegmentModel::setDocument(qint64 documentId)
{
    // Load first, then reset: a read that throws leaves the model as it was.
    Document document;
    QVector<Segment> segments;
    QVector<Section> sections;
    QHash<qint64, Speaker> speakers;
    if (m_library && documentId > 0) {
        if (const auto found = m_library->documents().find(documentId)) {
            document = *found;
            const QList<Segment> segmentList = m_library->documents().segments(documentId);
            segments = QVector<Segment>(segmentList.begin(), segmentList.end());
            const QList<Section> sectionList = m_library->documents().sections(documentId);
            sections = QVector<Section>(sectionList.begin(), sectionList.end());
            speakers = loadSpeakers();
        }
    }
    beginResetModel();
    m_document = std::move(document);
    m_segments = std::move(segments);
    m_sections = std::move(sections);
    m_speakers = std::move(speakers);
    indexRows();
    endResetModel();
}

QHash<qint64, Speaker> SegmentModel::loadSpeakers() const
{
    QHash<qint64, Speaker> speakers;
    const QList<Speaker> list = m_library->speakers().list();
    for (const Speaker &s : list)
        speakers.insert(s.id, s);
    return speakers;
}

void SegmentModel::reload()
{
    if (!m_library || !m_document.id)
        return;
    const auto document = m_library->documents().find(m_document.id);
    const QList<Segment> segments = document ? m_library->documents().segments(m_document.id) : QList<Segment>();
    bool sameRows = document && segments.size() == m_segments.size();
    for (int i = 0; sameRows && i < segments.size(); ++i)
        sameRows = segments.at(i).id == m_segments.at(i).id;
    if (!sameRows) {
        // The text was replaced (re-import): the rows are new.
        setDocument(document ? m_document.id : 0);
        return;
    }
    m_document = *document;
    m_segments = QVector<Segment>(segments.begin(), segments.end());
    indexRows();
    if (!m_segments.isEmpty())
        emit dataChanged(index(0), index(int(m_segments.size()) - 1));
    emit documentRefreshed();
}

void SegmentModel::refreshSpeakers()
{
    if (!m_library)
        return;
    QHash<qint64, Speaker> speakers = loadSpeakers();
    if (m_segments.isEmpty()) {
        m_speakers = std::move(speakers);
        return;
    }
    // A merge or an assignment moves segments between speakers: re-read who speaks.
    QSqlQuery q = m_library->database().exec(
        QStringLiteral("SELECT id, speaker_id FROM segments WHERE document_id = ?"), {m_document.id});
    m_speakers = std::move(speakers);
    while (q.next()) {
        const int row = m_rowOfId.value(q.value(0).toLongLong(), -1);
        if (row < 0)
            continue;
        Segment &s = m_segments[row];
        s.speakerId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        s.speaker = m_speakers.value(s.speakerId).name;
    }
    emit dataChanged(index(0), index(int(m_segments.size()) - 1), speakerRoles());
    emit documentRefreshed();
}

void SegmentModel::refreshSegmentSpeakers(const QList<qint64> &segmentIds)
{
    // Another speaker on a few segments: those rows, and the rows after them, whose
    // turn may now start or continue.
    for (qint64 id : segmentIds) {
        const int row = m_rowOfId.value(id, -1);
        const std::optional<Segment> read = row < 0 ? std::nullopt : m_library->documents().segment(id);
        if (!read)
            continue;
        Segment &s = m_segments[row];
        s.speakerId = read->speakerId;
        s.speaker = m_speakers.value(s.speakerId).name;
        // Or new times (tap-timing, models/media/SegmentTiming): the row and the timeline.
        s.startMs = read->startMs;
        s.endMs = read->endMs;
        m_hasTimes = s.startMs || std::any_of(m_segments.cbegin(), m_segments.cend(), [](const Segment &other) {
            return other.startMs.has_value();
        });
        emit dataChanged(index(row), index(std::min(row + 1, int(m_segments.size()) - 1)),
            speakerRoles() + QVector<int> {ItemRole::StartMsRole, ItemRole::EndMsRole});
    }
    emit documentRefreshed();
}

void SegmentModel::indexRows()
{
    m_rowOfId.clear();
    m_sectionAtRow.clear();
    m_rowOfId.reserve(m_segments.size());
    m_hasZh = m_hasEn = m_hasTimes = false;
    int previousSection = -1;
    for (int row = 0; row < m_segments.size(); ++row) {
        const Segment &s = m_segments.at(row);
        m_rowOfId.insert(s.id, row);
        m_hasZh = m_hasZh || !s.zh.isEmpty();
        m_hasEn = m_hasEn || !s.en.isEmpty();
        m_hasTimes = m_hasTimes || s.startMs.has_value();
        if (s.sectionOrdinal >= 0 && s.sectionOrdinal != previousSection && s.sectionOrdinal < m_sections.size())
            m_sectionAtRow.insert(row, s.sectionOrdinal);
        previousSection = s.sectionOrdinal;
    }
}

int SegmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

bool SegmentModel::isTurnStart(int row) const
{
    if (row < 0 || row >= m_segments.size())
        return false;
    const Segment &s = m_segments.at(row);
    if (s.speakerId == 0)
        return false;
    return row == 0 || m_sectionAtRow.contains(row) || m_segments.at(row - 1).speakerId != s.speakerId;
}

QModelIndex SegmentModel::indexOfSegment(qint64 segmentId) const
{
    const int row = rowOfSegment(segmentId);
    return row < 0 ? QModelIndex() : index(row);
}

QColor SegmentModel::speakerColor(qint64 speakerId) const
{
    return m_speakers.value(speakerId).color;
}

QString SegmentModel::speakerName(qint64 speakerId) const
{
    return m_speakers.value(speakerId).name;
}

QVariant SegmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Segment &s = m_segments.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return s.zh.isEmpty() ? s.en : s.zh;
    case Qt::ToolTipRole:
        return untrustedtext::shownLiterally(s.speaker);
    case ItemRole::SegmentIdRole:
        return s.id;
    case ItemRole::OrdinalRole:
    case ItemRole::SortRole:
        return s.ordinal;
    case ItemRole::ZhTextRole:
        return s.zh;
    case ItemRole::EnTextRole:
        return s.en;
    case ItemRole::SpeakerIdRole:
        return s.speakerId;
    case ItemRole::SpeakerNameRole:
        return s.speaker;
    case ItemRole::SpeakerColorRole:
        return speakerColor(s.speakerId);
    case ItemRole::StartMsRole:
        return s.startMs ? QVariant(*s.startMs) : QVariant();
    case ItemRole::EndMsRole:
        return s.endMs ? QVariant(*s.endMs) : QVariant();
    case ItemRole::TurnStartRole:
        return isTurnStart(row);
    case ItemRole::SectionTitleRole: {
        const int section = sectionStartingAt(row);
        return section < 0 ? QString() : m_sections.at(section).title;
    }
    case ItemRole::SectionLevelRole: {
        const int section = sectionStartingAt(row);
        return section < 0 ? 0 : m_sections.at(section).level;
    }
    case ItemRole::SourceLineRole:
        return s.sourceLine;
    case ItemRole::ConfidenceRole:
        return s.confidence ? QVariant(*s.confidence) : QVariant();
    case ItemRole::UntranslatedRole:
        return s.untranslated;
    default:
        return {};
    }
}

QHash<int, QByteArray> SegmentModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ItemRole::SegmentIdRole, "segmentId");
    names.insert(ItemRole::OrdinalRole, "ordinal");
    names.insert(ItemRole::ZhTextRole, "zh");
    names.insert(ItemRole::EnTextRole, "en");
    names.insert(ItemRole::SpeakerIdRole, "speakerId");
    names.insert(ItemRole::SpeakerNameRole, "speaker");
    names.insert(ItemRole::SpeakerColorRole, "speakerColor");
    names.insert(ItemRole::StartMsRole, "startMs");
    names.insert(ItemRole::EndMsRole, "endMs");
    names.insert(ItemRole::TurnStartRole, "turnStart");
    names.insert(ItemRole::SectionTitleRole, "sectionTitle");
    names.insert(ItemRole::SectionLevelRole, "sectionLevel");
    names.insert(ItemRole::SourceLineRole, "sourceLine");
    names.insert(ItemRole::ConfidenceRole, "confidence");
    names.insert(ItemRole::UntranslatedRole, "untranslated");
    return names;
}

} // namespace bitext
