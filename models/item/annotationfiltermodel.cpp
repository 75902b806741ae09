#include "models/item/annotationfiltermodel.h"

#include "models/item/annotationlistmodel.h"
#include "models/item/annotationroles.h"

#include <algorithm>

namespace bitext {

AnnotationFilterModel::AnnotationFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AnnotationRole::SortRole);
}

void AnnotationFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        sourceModel()->disconnect(this);
    QSortFilterProxyModel::setSourceModel(model);
    if (model) {
        // A renamed or moved tag changes which tags are below the filter's tag.
        connect(model, &QAbstractItemModel::modelReset, this, &AnnotationFilterModel::refreshTagSubtree);
        connect(model, &QAbstractItemModel::dataChanged, this, &AnnotationFilterModel::refreshTagSubtree);
    }
    refreshTagSubtree();
}

void AnnotationFilterModel::refreshTagSubtree()
{
    QSet<qint64> subtree;
    if (m_tagId != 0) {
        if (const auto *list = qobject_cast<const AnnotationListModel *>(sourceModel()))
            subtree = list->tagSubtree(m_tagId);
        subtree.insert(m_tagId);
    }
    if (subtree != m_tagSubtree) {
        m_tagSubtree = subtree;
        invalidateFilter();
    }
}

void AnnotationFilterModel::setTagFilter(qint64 tagId)
{
    if (m_tagId == tagId)
        return;
    m_tagId = tagId;
    refreshTagSubtree();
}

void AnnotationFilterModel::setSpeakerFilter(qint64 speakerId)
{
    if (m_speakerId == speakerId)
        return;
    m_speakerId = speakerId;
    invalidateFilter();
}

void AnnotationFilterModel::setColorFilter(const QColor &color)
{
    if (m_color == color)
        return;
    m_color = color;
    invalidateFilter();
}

void AnnotationFilterModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_tagId != 0) {
        const QVariantList tags = index.data(AnnotationRole::TagIdsRole).toList();
        const bool tagged = std::any_of(tags.cbegin(), tags.cend(),
                                        [this](const QVariant &id) { return m_tagSubtree.contains(id.toLongLong()); });
        if (!tagged)
            return false;
    }
    if (m_speakerId != 0 && index.data(AnnotationRole::SpeakerIdRole).toLongLong() != m_speakerId)
        return false;
    if (m_color.isValid() && index.data(AnnotationRole::ColorRole).value<QColor>() != m_color)
        return false;
    if (!m_text.isEmpty()) {
        const QString haystack = index.data(AnnotationRole::QuoteRole).toString() + QLatin1Char('\n')
            + index.data(AnnotationRole::NoteRole).toString() + QLatin1Char('\n')
            + index.data(AnnotationRole::TagPathsRole).toStringList().join(QLatin1Char('\n')) + QLatin1Char('\n')
            + index.data(AnnotationRole::SpeakerNameRole).toString() + QLatin1Char('\n')
            + index.data(AnnotationRole::DocumentTitleRole).toString();
        if (!haystack.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace bitext
