#include "ui/search/searchresultmodel.h"

#include "models/text/untrustedtext.h"

#include <QPoint>

namespace bitext::ui {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultModel::setResults(const QList<SearchResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchResult &r = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SnippetRole:
        return r.snippet;
    case Qt::ToolTipRole:
        return untrustedtext::shownLiterally(r.text);
    case DocumentTitleRole:
        return r.documentTitle;
    case DocumentIdRole:
        return r.documentId;
    case SegmentIdRole:
        return r.segmentId;
    case SegmentOrdinalRole:
        return r.segmentOrdinal;
    case SideRole:
        return r.side ? sideName(*r.side) : QString();
    case SpeakerRole:
        return r.speaker;
    case SourceRole:
        return searchSourceName(r.source);
    case SnippetHitsRole: {
        QVariantList hits;
        for (const TextRange &hit : r.snippetHits)
            hits << QPoint(hit.start, hit.length);
        return hits;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DocumentTitleRole, "documentTitle");
    names.insert(SpeakerRole, "speaker");
    names.insert(SnippetRole, "snippet");
    names.insert(SnippetHitsRole, "snippetHits");
    return names;
}

} // namespace bitext::ui
