#include "models/item/annotationlistmodel.h"

#include "models/item/annotationroles.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/editstamp.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"
#include "models/text/untrustedtext.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace bitext {

namespace {

// Reading order, as AnnotationRepository::list() sorts: document, start segment, offset.
bool readsBefore(const Annotation &a, const Annotation &b)
{
    return std::make_tuple(a.documentId, a.startSegmentOrdinal, a.startOffset, a.id)
        < std::make_tuple(b.documentId, b.startSegmentOrdinal, b.startOffset, b.id);
}

template<typename T> QHash<qint64, T> byId(const QList<T> &list)
{
    QHash<qint64, T> result;
    for (const T &item : list)
        result.insert(item.id, item);
    return result;
}

// More changed annotations than this in one batch are cheaper to re-read at once.
constexpr int kMaxSingleReads = 64;

} // namespace

AnnotationListModel::AnnotationListModel(QObject *parent)
    : RowSyncModel<QAbstractListModel>(parent)
{
}

void AnnotationListModel::setLibrary(Library *library)
{
    if (m_library == library)
        return;
    if (m_library)
        m_library->disconnect(this);
    m_library = library;
    if (m_library)
        connect(m_library, &Library::changed, this, &AnnotationListModel::onChanged);
    load(true);
}

void AnnotationListModel::setDocument(qint64 documentId)
{
    if (m_documentId == documentId)
        return;
    m_documentId = documentId;
    load(true);
}

bool AnnotationListModel::shows(qint64 documentId) const
{
    return documentId == 0 || m_documentId == 0 || documentId == m_documentId;
}

void AnnotationListModel::onChanged(const ChangeList &changes)
{
    bool everything = false;
    bool tags = false;
    bool speakers = false;
    bool titles = false;
    QList<qint64> read;
    QList<qint64> removed;
    QList<qint64> noteDocuments;
    QList<qint64> segmentDocuments;
    for (const Change &change : changes) {
        switch (change.kind) {
        case Change::Kind::Annotation:
            if (!shows(change.documentId))
                break;
            if (change.op == Change::Op::Reset)
                everything = true;
            else if (change.op == Change::Op::Removed)
                removed << change.id;
            else if (!read.contains(change.id))
                read << change.id;
            break;
        case Change::Kind::Note:
            if (shows(change.documentId) && !noteDocuments.contains(change.documentId))
                noteDocuments << change.documentId;
            break;
        case Change::Kind::Segment:
            if (shows(change.documentId) && !segmentDocuments.contains(change.documentId))
                segmentDocuments << change.documentId;
            break;
        case Change::Kind::Tag:
            tags = true;
            break;
        case Change::Kind::Speaker:
            speakers = true;
            break;
        case Change::Kind::Document:
            titles = true;
            // New text moves the annotations onto new segments: re-read that document's.
            if (change.op != Change::Op::Inserted && shows(change.id))
                everything = true;
            break;
        }
    }
    if (everything || read.size() > kMaxSingleReads || noteDocuments.contains(0) || segmentDocuments.contains(0)) {
        reload();
        return;
    }
    if (tags) {
        m_tags = byId(m_library->tags().list());
        rowsChanged([](const Annotation &a) { return !a.tagIds.isEmpty(); });
    }
    if (speakers) {
        m_speakers = byId(m_library->speakers().list());
        rowsChanged([this](const Annotation &a) { return m_speakerOf.contains(a.id); });
    }
    if (titles)
        refreshTitles();
    for (qint64 documentId : std::as_const(segmentDocuments))
        refreshStartSpeakers(documentId);
    for (qint64 documentId : std::as_const(noteDocuments))
        refreshNotes(documentId);
    for (qint64 id : std::as_const(removed))
        removeAnnotation(id);
    for (qint64 id : std::as_const(read))
        refreshAnnotation(id);
}

template<typename Predicate> void AnnotationListModel::rowsChanged(Predicate predicate)
{
    // One signal per run of rows: views and filters redo their work once per signal.
    int first = -1;
    for (int row = 0; row <= m_annotations.size(); ++row) {
        const bool changed = row < m_annotations.size() && predicate(m_annotations.at(row));
        if (changed && first < 0)
            first = row;
        if (!changed && first >= 0) {
            emit dataChanged(index(first), index(row - 1));
            first = -1;
        }
    }
}

void AnnotationListModel::refreshTitles()
{
    const QHash<qint64, QString> before = std::exchange(m_titles, m_library->documents().titles());
    rowsChanged([&](const Annotation &a) { return before.value(a.documentId) != m_titles.value(a.documentId); });
}

template<typename T>
void AnnotationListModel::takeValues(QHash<qint64, T> &values, const QHash<qint64, T> &fresh, qint64 documentId)
{
    rowsChanged([&](const Annotation &a) {
        if (a.documentId != documentId || fresh.value(a.id) == values.value(a.id))
            return false;
        if (fresh.contains(a.id))
            values.insert(a.id, fresh.value(a.id));
        else
            values.remove(a.id);
        return true;
    });
}

void AnnotationListModel::refreshStartSpeakers(qint64 documentId)
{
    // A segment got another speaker: the annotations starting in it change speaker.
    const QHash<qint64, qint64> speakerOf = m_library->annotations().startSpeakers(documentId);
    takeValues(m_speakerOf, speakerOf, documentId);
}

void AnnotationListModel::refreshNotes(qint64 documentId)
{
    // A note change names the note, not its annotation: compare the document's notes.
    QHash<qint64, QString> notes;
    const QList<Note> noteList = m_library->notes().annotationNotes(documentId);
    for (const Note &n : noteList)
        notes.insert(n.annotationId, n.body);
    takeValues(m_notes, notes, documentId);
}

void AnnotationListModel::removeAnnotation(qint64 annotationId)
{
    const QModelIndex at = indexOfAnnotation(annotationId);
    if (!at.isValid())
        return;
    beginRemoveRows(QModelIndex(), at.row(), at.row());
    m_annotations.remove(at.row());
    m_notes.remove(annotationId);
    m_speakerOf.remove(annotationId);
    endRemoveRows();
}

void AnnotationListModel::refreshAnnotation(qint64 annotationId)
{
    const std::optional<Annotation> found = m_library->annotations().find(annotationId);
    if (!found || !shows(found->documentId)) {
        removeAnnotation(annotationId);
        return;
    }
    const Annotation &a = *found;
    const std::optional<Note> note = m_library->notes().forAnnotation(a.id);
    if (note && !note->body.isEmpty())
        m_notes.insert(a.id, note->body);
    else
        m_notes.remove(a.id);
    const std::optional<Segment> start
        = a.startSegmentId ? m_library->documents().segment(a.startSegmentId) : std::nullopt;
    if (start && start->speakerId)
        m_speakerOf.insert(a.id, start->speakerId);
    else
        m_speakerOf.remove(a.id);

    // Where it belongs among the other rows.
    const int current = indexOfAnnotation(a.id).row();
    int target = 0;
    for (int row = 0; row < m_annotations.size(); ++row) {
        if (row != current && readsBefore(m_annotations.at(row), a))
            ++target;
    }
    if (current < 0) {
        beginInsertRows(QModelIndex(), target, target);
        m_annotations.insert(target, a);
        endInsertRows();
        return;
    }
    if (target != current) {
        // beginMoveRows counts the destination before the row leaves.
        beginMoveRows(QModelIndex(), current, current, QModelIndex(), target > current ? target + 1 : target);
        m_annotations.move(current, target);
        endMoveRows();
    }
    m_annotations[target] = a;
    emit dataChanged(index(target), index(target));
}

void AnnotationListModel::reload()
{
    load(false);
}

void AnnotationListModel::load(bool reset)
{
    // Load everything first: a read that throws leaves the model as it was.
    QVector<Annotation> annotations;
    QHash<qint64, Tag> tagsById;
    QHash<qint64, QString> notes;
    QHash<qint64, QString> titles;
    QHash<qint64, qint64> speakerOf;
    QHash<qint64, Speaker> speakers;
    if (m_library) {
        const QList<Annotation> list = m_library->annotations().list(m_documentId);
        annotations = QVector<Annotation>(list.cbegin(), list.cend());
        tagsById = byId(m_library->tags().list());
        const QList<Note> noteList = m_library->notes().annotationNotes(m_documentId);
        for (const Note &n : noteList)
            notes.insert(n.annotationId, n.body);
        titles = m_library->documents().titles(); // not list(): its figures count every segment
        speakerOf = m_library->annotations().startSpeakers(m_documentId);
        speakers = byId(m_library->speakers().list());
    }
    if (reset)
        beginResetModel();
    m_tags = std::move(tagsById);
    m_notes = std::move(notes);
    m_titles = std::move(titles);
    m_speakerOf = std::move(speakerOf);
    m_speakers = std::move(speakers);
    if (reset) {
        m_annotations = std::move(annotations);
        endResetModel();
        return;
    }
    // Keep selections and scroll positions: rows come and go one by one, and the
    // notes, tags and speakers read above may have changed for any of them.
    syncRows(
        m_annotations, annotations, [](const Annotation &a) { return a.id; },
        [](const Annotation &, const Annotation &) { return true; });
    m_annotations = std::move(annotations);
    if (!m_annotations.isEmpty())
        emit dataChanged(index(0), index(int(m_annotations.size()) - 1));
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_annotations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(a.quote).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case Qt::ToolTipRole: {
        // The note (or quote), and who made and last changed the highlight when.
        const QString by = EditStamp::byline(a.author, a.created, a.modifiedBy, a.modified);
        const QString text = m_notes.value(a.id, a.quote);
        return untrustedtext::shownLiterally(by.isEmpty() ? text : text + QLatin1Char('\n') + by);
    }
    case Qt::DecorationRole:
    case AnnotationRole::ColorRole:
        return a.color;
    case AnnotationRole::AnnotationIdRole:
        return a.id;
    case AnnotationRole::DocumentIdRole:
        return a.documentId;
    case AnnotationRole::DocumentTitleRole:
        return m_titles.value(a.documentId);
    case AnnotationRole::QuoteRole:
        return a.quote;
    case AnnotationRole::SideRole:
        return sideName(a.side);
    case AnnotationRole::SegmentOrdinalRole:
        return a.orphaned ? -1 : a.startSegmentOrdinal;
    case AnnotationRole::TagIdsRole: {
        QVariantList ids;
        for (qint64 id : a.tagIds)
            ids << id;
        return ids;
    }
    case AnnotationRole::TagPathsRole: {
        QStringList paths;
        for (qint64 id : a.tagIds)
            paths << m_tags.value(id).path;
        return paths;
    }
    case AnnotationRole::SpeakerIdRole:
        return m_speakerOf.value(a.id);
    case AnnotationRole::SpeakerNameRole:
        return m_speakers.value(m_speakerOf.value(a.id)).name;
    case AnnotationRole::NoteRole:
        return m_notes.value(a.id);
    case AnnotationRole::AuthorRole:
        return a.author;
    case AnnotationRole::CreatedRole:
        return a.created;
    case AnnotationRole::OrphanedRole:
        return a.orphaned;
    case AnnotationRole::VersionRole:
        return a.version;
    case AnnotationRole::SortRole:
        return index.row(); // rows are in reading order
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnotationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AnnotationRole::AnnotationIdRole, "annotationId");
    names.insert(AnnotationRole::DocumentIdRole, "documentId");
    names.insert(AnnotationRole::DocumentTitleRole, "documentTitle");
    names.insert(AnnotationRole::QuoteRole, "quote");
    names.insert(AnnotationRole::SideRole, "side");
    names.insert(AnnotationRole::SegmentOrdinalRole, "segment");
    names.insert(AnnotationRole::TagIdsRole, "tagIds");
    names.insert(AnnotationRole::TagPathsRole, "tags");
    names.insert(AnnotationRole::SpeakerIdRole, "speakerId");
    names.insert(AnnotationRole::SpeakerNameRole, "speaker");
    names.insert(AnnotationRole::ColorRole, "color");
    names.insert(AnnotationRole::NoteRole, "note");
    names.insert(AnnotationRole::AuthorRole, "author");
    names.insert(AnnotationRole::CreatedRole, "created");
    names.insert(AnnotationRole::OrphanedRole, "orphaned");
    names.insert(AnnotationRole::VersionRole, "version");
    return names;
}

QModelIndex AnnotationListModel::indexOfAnnotation(qint64 annotationId) const
{
    for (int row = 0; row < m_annotations.size(); ++row) {
        if (m_annotations.at(row).id == annotationId)
            return index(row);
    }
    return {};
}

QSet<qint64> AnnotationListModel::tagSubtree(qint64 tagId) const
{
    QSet<qint64> ids;
    const auto it = m_tags.constFind(tagId);
    if (it == m_tags.constEnd())
        return ids;
    const QString below = it->path + QLatin1Char('/');
    for (const Tag &t : m_tags) {
        if (t.id == tagId || t.path.startsWith(below))
            ids.insert(t.id);
    }
    return ids;
}

QList<Speaker> AnnotationListModel::speakers() const
{
    QList<Speaker> result;
    QSet<qint64> seen;
    for (const Annotation &a : m_annotations) {
        const qint64 id = m_speakerOf.value(a.id);
        if (id != 0 && !seen.contains(id)) {
            seen.insert(id);
            result << m_speakers.value(id);
        }
    }
    std::sort(result.begin(), result.end(),
        [](const Speaker &a, const Speaker &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    return result;
}

QList<QColor> AnnotationListModel::colors() const
{
    QList<QColor> result;
    for (const Annotation &a : m_annotations) {
        if (a.color.isValid() && !result.contains(a.color))
            result << a.color;
    }
    return result;
}

QHash<qint64, int> AnnotationListModel::tagCounts() const
{
    QHash<qint64, int> counts;
    for (const Annotation &a : m_annotations) {
        for (qint64 id : a.tagIds)
            ++counts[id];
    }
    return counts;
}

} // namespace bitext
