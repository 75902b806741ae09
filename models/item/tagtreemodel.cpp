#include "models/item/tagtreemodel.h"

#include "models/item/annotationroles.h"
#include "models/store/annotationrepository.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

namespace bitext {

TagTreeModel::TagTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void TagTreeModel::setLibrary(Library *library)
{
    if (m_library == library)
        return;
    if (m_library)
        m_library->disconnect(this);
    m_library = library;
    if (m_library) {
        connect(m_library, &Library::tagsChanged, this, &TagTreeModel::reload);
        connect(m_library, &Library::annotationsChanged, this, [this](qint64 documentId) {
            if (documentId == 0 || m_documentId == 0 || documentId == m_documentId)
                reload();
        });
    }
    reload();
}

void TagTreeModel::setDocument(qint64 documentId)
{
    if (m_documentId == documentId)
        return;
    m_documentId = documentId;
    reload();
}

void TagTreeModel::reload()
{
    QList<Tag> tags;
    QHash<qint64, int> counts;
    if (m_library) {
        tags = m_library->tags().list();
        if (m_documentId == 0) {
            counts = m_library->tags().usageCounts();
        } else {
            const QList<Annotation> annotations = m_library->annotations().list(m_documentId);
            for (const Annotation &a : annotations) {
                for (qint64 id : a.tagIds)
                    ++counts[id];
            }
        }
    }
    // Only counts changed (a quote tagged or removed): keep the tree and its expansion.
    bool sameTree = tags.size() == m_nodes.size();
    for (int i = 0; sameTree && i < tags.size(); ++i) {
        const Tag &a = tags.at(i);
        const Tag &b = m_nodes.at(i).tag;
        sameTree = a.id == b.id && a.path == b.path && a.color == b.color && a.description == b.description;
    }
    if (sameTree) {
        for (Node &node : m_nodes) {
            node.count = counts.value(node.tag.id);
            node.total = 0;
        }
    } else {
        beginResetModel();
        m_nodes.clear();
        m_roots.clear();
        m_nodeOfTag.clear();
        // list() is in path order: a parent is always there before its children.
        for (const Tag &t : qAsConst(tags)) {
            Node node;
            node.tag = t;
            node.count = counts.value(t.id);
            node.parent = m_nodeOfTag.value(t.parentId, -1);
            const int self = int(m_nodes.size());
            QVector<int> &siblings = node.parent < 0 ? m_roots : m_nodes[node.parent].children;
            node.row = int(siblings.size());
            siblings << self;
            m_nodeOfTag.insert(t.id, self);
            m_nodes << node;
        }
    }
    // Children come after their parents, so summing backwards fills the totals.
    for (Node &node : m_nodes)
        node.total = node.count;
    for (int i = int(m_nodes.size()) - 1; i >= 0; --i) {
        if (m_nodes.at(i).parent >= 0)
            m_nodes[m_nodes.at(i).parent].total += m_nodes.at(i).total;
    }
    if (sameTree) {
        for (int i = 0; i < m_nodes.size(); ++i)
            emit dataChanged(indexOfTag(m_nodes.at(i).tag.id, NameColumn), indexOfTag(m_nodes.at(i).tag.id, CountColumn));
    } else {
        endResetModel();
    }
}

const QVector<int> &TagTreeModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_roots;
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != NameColumn))
        return {};
    const QVector<int> &siblings = childrenOf(parent);
    if (row < 0 || row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes.at(int(child.internalId())).parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes.at(parentNode).row, NameColumn, quintptr(parentNode));
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return int(childrenOf(parent).size());
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        // The quotes choosing the tag lists: its own and those of the tags below it, said
        // in words when there are any of the latter ("0 (2)" puzzled people).
        if (index.column() == CountColumn)
            return node.total == node.count ? QString::number(node.count) : tr("%1 incl. subtags").arg(node.total);
        return node.tag.name;
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(node.tag.color) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == CountColumn) {
            QString text = tr("%n quote(s) tagged %1 itself", nullptr, node.count).arg(node.tag.path);
            if (node.total != node.count)
                text += QLatin1Char('\n') + tr("%n with the tags below it too", nullptr, node.total);
            return text;
        }
        return node.tag.description.isEmpty() ? node.tag.path : node.tag.path + QLatin1Char('\n') + node.tag.description;
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case AnnotationRole::TagIdRole:
        return node.tag.id;
    case AnnotationRole::TagPathRole:
        return node.tag.path;
    case AnnotationRole::TagColorRole:
        return node.tag.color;
    case AnnotationRole::TagDescriptionRole:
        return node.tag.description;
    case AnnotationRole::TagCountRole:
        return node.count;
    case AnnotationRole::TagTotalCountRole:
        return node.total;
    case AnnotationRole::SortRole:
        return index.column() == CountColumn ? QVariant(node.total) : QVariant(node.tag.name.toLower());
    default:
        return {};
    }
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == CountColumn)
        return tr("Quotes with the tag, including those with a tag below it");
    if (role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Tag") : tr("Quotes");
}

QModelIndex TagTreeModel::indexOfTag(qint64 tagId, int column) const
{
    const auto it = m_nodeOfTag.constFind(tagId);
    if (it == m_nodeOfTag.constEnd())
        return {};
    return createIndex(m_nodes.at(*it).row, column, quintptr(*it));
}

Tag TagTreeModel::tagAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return m_nodes.at(int(index.internalId())).tag;
}

QList<Tag> TagTreeModel::tags() const
{
    QList<Tag> result;
    for (const Node &node : m_nodes)
        result << node.tag;
    return result;
}

} // namespace bitext
