#include "models/item/documentfilterproxy.h"

#include "models/item/documentlistmodel.h"
#include "models/item/itemroles.h"

#include <QDateTime>

namespace bitext {

DocumentFilterProxy::DocumentFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void DocumentFilterProxy::setTextFilter(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void DocumentFilterProxy::setSpeakerFilter(const QString &speaker)
{
    m_speaker = speaker;
    invalidateFilter();
}

void DocumentFilterProxy::setTagFilter(const QString &tag)
{
    m_tag = tag;
    invalidateFilter();
}

void DocumentFilterProxy::setSortKey(SortKey key)
{
    m_sortKey = key;
    invalidate();
    sort(0, key == SortKey::Title ? Qt::AscendingOrder : Qt::DescendingOrder);
}

bool DocumentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QStringList speakers = index.data(ItemRole::SpeakersRole).toStringList();
    const QStringList tags = index.data(ItemRole::TagsRole).toStringList();
    if (!m_speaker.isEmpty() && !speakers.contains(m_speaker, Qt::CaseInsensitive))
        return false;
    if (!m_tag.isEmpty() && !tags.contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (m_text.isEmpty())
        return true;
    // Every word must occur somewhere, so "askell 2024" narrows as expected.
    const QString haystack = QStringList{index.data(ItemRole::TitleRole).toString(),
                                         index.data(ItemRole::DateRole).toString(), speakers.join(QLatin1Char(' ')),
                                         tags.join(QLatin1Char(' ')), index.data(ItemRole::SummaryRole).toString()}
                                 .join(QLatin1Char('\n'));
    const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool DocumentFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto title = [](const QModelIndex &i) { return i.data(ItemRole::TitleRole).toString(); };
    switch (m_sortKey) {
    case SortKey::Date: {
        const QString l = left.data(ItemRole::DateRole).toString();
        const QString r = right.data(ItemRole::DateRole).toString();
        if (l != r)
            return l < r; // ISO dates sort as text; undated ones sink to the end (descending)
        break;
    }
    case SortKey::Imported: {
        const QDateTime l = left.data(ItemRole::ImportedAtRole).toDateTime();
        const QDateTime r = right.data(ItemRole::ImportedAtRole).toDateTime();
        if (l != r)
            return l < r;
        return left.data(ItemRole::DocumentIdRole).toLongLong() < right.data(ItemRole::DocumentIdRole).toLongLong();
    }
    case SortKey::Title:
        break;
    }
    return title(left).compare(title(right), Qt::CaseInsensitive) < 0;
}

} // namespace bitext
