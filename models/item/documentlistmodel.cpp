#include "models/item/documentlistmodel.h"

#include "models/item/itemroles.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/text/untrustedtext.h"

#include <QCoreApplication>
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
    // Every kind shows in a row: the text and its segment count, the speakers' and
    // tags' names, the tags the annotations use. Notes do not.
    for (const Change &change : changes) {
        if (change.kind != Change::Kind::Note) {
            reload();
            return;
        }
    }
}

void DocumentListModel::reload()
{
    // The summaries come from a few grouped queries, so the whole list is read and only
    // the changed rows told.
    syncRows(
        m_documents, read(), [](const DocumentSummary &s) { return s.document.id; }, sameRow);
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
