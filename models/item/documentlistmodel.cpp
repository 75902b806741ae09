#include "models/item/documentlistmodel.h"

#include "models/item/itemroles.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/text/untrustedtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace bitext {

namespace {

// The sidebar's chips: codebook tags first (the user's own), then the source's keywords.
QStringList tagsOf(const DocumentSummary &s)
{
    QStringList tags = s.tags;
    for (const QString &keyword : s.document.keywords) {
        if (!tags.contains(keyword))
            tags << keyword;
    }
    return tags;
}

// Whether two reads of a document show the same row.
bool sameRow(const DocumentSummary &a, const DocumentSummary &b)
{
    const Document &x = a.document;
    const Document &y = b.document;
    return a.segmentCount == b.segmentCount && a.speakers == b.speakers && a.tags == b.tags && x.title == y.title
        && x.date == y.date && x.languages == y.languages && x.importedAt == y.importedAt && x.keywords == y.keywords
        && x.summary == y.summary && x.people == y.people && x.sourceFile == y.sourceFile
        && x.contentHash == y.contentHash && x.metadata == y.metadata;
}

} // namespace

DocumentListModel::DocumentListModel(QObject *parent)
    : RowSyncModel<QAbstractTableModel>(parent)
{
}

void DocumentListModel::setLibrary(Library *library)
{
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    if (m_library)
        connect(m_library, &Library::changed, this, &DocumentListModel::onChanged);
    // Another library: other rows. Read first: a read that throws leaves the model as it was.
    QVector<DocumentSummary> documents = read();
    beginResetModel();
    m_documents = std::move(documents);
    endResetModel();
}

QVector<DocumentSummary> DocumentListModel::read() const
{
    if (!m_library)
        return {};
    const QList<DocumentSummary> list = m_library->documents().list();
    return QVector<DocumentSummary>(list.begin(), list.end());
}

void DocumentListModel::onChanged(const ChangeList &changes)
{
    // Only the rows a change shows in are read again, by id, from the stored figures:
    // a document's text, metadata or segment speakers, a speaker's or a tag's name, the
    // tags a document's annotations use. Notes show in no row. A change of anything
    // (a Reset without a document: a bulk write, missed notifications) reads them all.
    if (!m_library)
        return;
    DocumentRepository &documents = m_library->documents();
    QList<qint64> ids;
    auto add = [&ids](const QList<qint64> &more) {
        for (qint64 id : more) {
            if (!ids.contains(id))
                ids << id;
        }
    };
    for (const Change &change : changes) {
        const bool reset = change.op == Change::Op::Reset;
        switch (change.kind) {
        case Change::Kind::Document:
            if (reset && change.documentId == 0) {
                reload();
                return;
            }
            add({reset ? change.documentId : change.id});
            break;
        case Change::Kind::Segment:
        case Change::Kind::Annotation:
            if (change.documentId == 0) {
                reload();
                return;
            }
            add({change.documentId});
            break;
        case Change::Kind::Speaker:
        case Change::Kind::Tag:
            // A new name shows in the rows that use it. A removed speaker's segments are
            // reset with it (SpeakerRepository::remove), a removed tag's annotations too.
            if (reset) {
                reload();
                return;
            }
            if (change.op == Change::Op::Updated)
                add(change.kind == Change::Kind::Speaker ? documents.documentsWithSpeaker(change.id)
                                                         : documents.documentsWithTag(change.id));
            break;
        case Change::Kind::Note:
            break;
        }
    }
    reload(ids);
}

void DocumentListModel::reload()
{
    syncRows(
        m_documents, read(), [](const DocumentSummary &s) { return s.document.id; }, sameRow);
}

void DocumentListModel::reload(const QList<qint64> &ids)
{
    if (!m_library || ids.isEmpty())
        return;
    const QList<DocumentSummary> fresh = m_library->documents().summaries(ids);
    QHash<qint64, const DocumentSummary *> found;
    for (const DocumentSummary &s : fresh)
        found.insert(s.document.id, &s);
    for (qint64 id : ids) {
        const DocumentSummary *summary = found.value(id);
        // Rows stay in id order (the order list() reads them in).
        int row = 0;
        while (row < m_documents.size() && m_documents.at(row).document.id < id)
            ++row;
        const bool present = row < m_documents.size() && m_documents.at(row).document.id == id;
        if (present && !summary) {
            beginRemoveRows(QModelIndex(), row, row);
            m_documents.remove(row);
            endRemoveRows();
        } else if (!present && summary) {
            beginInsertRows(QModelIndex(), row, row);
            m_documents.insert(row, *summary);
            endInsertRows();
        } else if (present && !sameRow(m_documents.at(row), *summary)) {
            m_documents[row] = *summary;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex DocumentListModel::indexOfDocument(qint64 documentId) const
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).document.id == documentId)
            return index(row, TitleColumn);
    }
    return {};
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentSummary &s = m_documents.at(index.row());
    const Document &d = s.document;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return d.title;
        case DateColumn:
            return d.date;
        case SpeakersColumn:
            return s.speakers.join(QStringLiteral(", "));
        case SegmentsColumn:
            return s.segmentCount;
        case TagsColumn:
            return tagsOf(s).join(QStringLiteral(", "));
        case ImportedColumn:
            return QLocale().toString(d.importedAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return untrustedtext::shownLiterally(
            d.summary.isEmpty() ? d.title : d.title + QStringLiteral("\n\n") + d.summary);
    case ItemRole::SortRole:
        switch (index.column()) {
        case DateColumn:
            return d.date;
        case SegmentsColumn:
            return s.segmentCount;
        case ImportedColumn:
            return d.importedAt;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case ItemRole::DocumentIdRole:
        return d.id;
    case ItemRole::TitleRole:
        return d.title;
    case ItemRole::DateRole:
        return d.date;
    case ItemRole::ImportedAtRole:
        return d.importedAt;
    case ItemRole::SpeakersRole:
        return s.speakers;
    case ItemRole::SegmentCountRole:
        return s.segmentCount;
    case ItemRole::TagsRole:
        return tagsOf(s);
    case ItemRole::LanguagesRole:
        return d.languages;
    case ItemRole::SummaryRole:
        return d.summary;
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return QCoreApplication::translate("DocumentListModel", "Title");
    case DateColumn:
        return QCoreApplication::translate("DocumentListModel", "Date");
    case SpeakersColumn:
        return QCoreApplication::translate("DocumentListModel", "Speakers");
    case SegmentsColumn:
        return QCoreApplication::translate("DocumentListModel", "Segments");
    case TagsColumn:
        return QCoreApplication::translate("DocumentListModel", "Tags");
    case ImportedColumn:
        return QCoreApplication::translate("DocumentListModel", "Imported");
    default:
        return {};
    }
}

} // namespace bitext
