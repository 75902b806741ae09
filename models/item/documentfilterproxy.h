#pragma once

#include <QSortFilterProxyModel>

namespace bitext {

// Filters and sorts the DocumentListModel for the sidebar: free text over title,
// speakers, people and tags, plus exact speaker and tag filters.
class DocumentFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class SortKey { Title, Date, Imported };

    explicit DocumentFilterProxy(QObject *parent = nullptr);

    void setTextFilter(const QString &text);
    void setSpeakerFilter(const QString &speaker);
    void setTagFilter(const QString &tag);
    // Title ascending; date and import time newest first, as people look for recent ones.
    void setSortKey(SortKey key);
    SortKey sortKey() const { return m_sortKey; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_speaker;
    QString m_tag;
    SortKey m_sortKey = SortKey::Title;
};

} // namespace bitext
