#include "models/item/annotationlistmodel.h"

#include "models/item/annotationroles.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/editstamp.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"

#include <algorithm>

namespace bitext {

AnnotationListModel::AnnotationListModel(QObject *parent) : QAbstractListModel(parent) {}

void AnnotationListModel::setLibrary(Library *library)
{
    if (m_library == library)
        return;
    if (m_library)
        m_library->disconnect(this);
    m_library = library;
    if (m_library) {
        connect(m_library, &Library::annotationsChanged, this, &AnnotationListModel::onAnnotationsChanged);
        connect(m_library, &Library::notesChanged, this, &AnnotationListModel::onAnnotationsChanged);
        connect(m_library, &Library::tagsChanged, this, &AnnotationListModel::reload);
        connect(m_library, &Library::speakersChanged, this, &AnnotationListModel::reload);
        connect(m_library, &Library::documentsChanged, this, &AnnotationListModel::reload);
    }
    reload();
}

void AnnotationListModel::setDocument(qint64 documentId)
{
    if (m_documentId == documentId)
        return;
    m_documentId = documentId;
    reload();
}

void AnnotationListModel::onAnnotationsChanged(qint64 documentId)
{
    if (documentId == 0 || m_documentId == 0 || documentId == m_documentId)
        reload();
}

void AnnotationListModel::reload()
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
        const QList<Tag> tags = m_library->tags().list();
        for (const Tag &t : tags)
            tagsById.insert(t.id, t);
        const QList<Note> noteList = m_library->notes().annotationNotes(m_documentId);
        for (const Note &n : noteList)
            notes.insert(n.annotationId, n.body);
        const QList<DocumentSummary> documents = m_library->documents().list();
        for (const DocumentSummary &d : documents)
            titles.insert(d.document.id, d.document.title);
        speakerOf = m_library->annotations().startSpeakers(m_documentId);
        const QList<Speaker> speakerList = m_library->speakers().list();
        for (const Speaker &s : speakerList)
            speakers.insert(s.id, s);
    }
    m_tags = std::move(tagsById);
    m_notes = std::move(notes);
    m_titles = std::move(titles);
    m_speakerOf = std::move(speakerOf);
    m_speakers = std::move(speakers);
    // The same rows in the same order (a retag, a note, a colour): keep selections
    // and scroll positions by announcing changed data instead of a reset.
    const bool sameRows = annotations.size() == m_annotations.size()
        && std::equal(annotations.cbegin(), annotations.cend(), m_annotations.cbegin(),
                      [](const Annotation &a, const Annotation &b) { return a.id == b.id; });
    if (sameRows) {
        m_annotations = annotations;
        if (!m_annotations.isEmpty())
            emit dataChanged(index(0), index(int(m_annotations.size()) - 1));
        return;
    }
    beginResetModel();
    m_annotations = annotations;
    endResetModel();
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
        return by.isEmpty() ? text : text + QLatin1Char('\n') + by;
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
    std::sort(result.begin(), result.end(), [](const Speaker &a, const Speaker &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
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
