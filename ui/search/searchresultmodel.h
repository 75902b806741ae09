#pragma once

#include "models/search/searchresult.h"

#include <QAbstractListModel>
#include <QList>

namespace bitext::ui {

// The results of a library search as a list model; the delegate paints from its roles.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        DocumentTitleRole = Qt::UserRole + 1,
        DocumentIdRole,
        SegmentIdRole,
        SegmentOrdinalRole,
        SideRole,    // "zh", "en" or empty
        SpeakerRole,
        SourceRole,  // "segment", "annotation", "note", "title"
        SnippetRole,
        SnippetHitsRole, // QVariantList of QPoint(start, length) in the snippet
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setResults(const QList<SearchResult> &results);
    const SearchResult &result(const QModelIndex &index) const { return m_results.at(index.row()); }
    const QList<SearchResult> &results() const { return m_results; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<SearchResult> m_results;
};

} // namespace bitext::ui
