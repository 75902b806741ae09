#include "models/item/tagtreemodel.h"

#include "models/item/annotationroles.h"
#include "models/store/annotationrepository.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"
#include "models/text/untrustedtext.h"

namespace bitext {

TagTreeModel::TagTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void TagTreeModel::setLibrary(Library *library)
{
    if (m_library == library)
        return;
    if (m_library)
        m_library->disconnect(this);
    m_library = library;
    if (m_library)
        connect(m_library, &Library::changed, this, &TagTreeModel::onChanged);
    load(true); // another library: another tree
}

void TagTreeModel::setDocument(qint64 documentId)
{
    if (m_documentId == documentId)
        return;
    m_documentId = documentId;
    recount(); // the same tags, other counts: the tree and its expansion stay
}

void TagTreeModel::recount()
{
    QHash<qint64, Tag> same;
    for (const Node &node : std::as_const(m_nodes))
        same.insert(node.tag.id, node.tag);
    applyData(same, readCounts());
}

void TagTreeModel::onChanged(const ChangeList &changes)
{
    bool tags = false;
    bool counts = false;
    for (const Change &change : changes) {
        if (change.kind == Change::Kind::Tag)
            tags = true;
        else if (change.kind == Change::Kind::Annotation)
            counts = counts || change.documentId == 0 || m_documentId == 0 || change.documentId == m_documentId;
    }
    if (tags) {
        reload();
    } else if (counts) {
        recount(); // quotes tagged, untagged, added or removed: only numbers change
    }
}

QHash<qint64, int> TagTreeModel::readCounts() const
{
    QHash<qint64, int> counts;
    if (!m_library)
        return counts;
    if (m_documentId == 0)
        return m_library->tags().usageCounts();
    const QList<Annotation> annotations = m_library->annotations().list(m_documentId);
    for (const Annotation &a : annotations) {
        for (qint64 id : a.tagIds)
            ++counts[id];
    }
    return counts;
}

void TagTreeModel::reload()
{
    load(false);
}

void TagTreeModel::load(bool reset)
{
    // Read first: a read that throws changes nothing.
    const QList<Tag> tags = m_library ? m_library->tags().list() : QList<Tag>();
    const QHash<qint64, int> counts = readCounts();
    if (reset || !syncTree(tags))
        resetTree(tags);
    QHash<qint64, Tag> byId;
    for (const Tag &t : tags)
        byId.insert(t.id, t);
    applyData(byId, counts);
}

void TagTreeModel::appendNode(const Tag &tag, qint64 parent)
{
    Node node;
    node.tag = tag;
    node.parent = parent;
    childrenOf(parent) << tag.id;
    m_nodes.insert(tag.id, node);
}

void TagTreeModel::eraseSubtree(qint64 tagId)
{
    const Node node = m_nodes.take(tagId);
    for (qint64 child : node.children)
        eraseSubtree(child);
}

void TagTreeModel::resetTree(const QList<Tag> &tags)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    // list() is in path order: a parent is always there before its children.
    for (const Tag &t : tags)
        appendNode(t, m_nodes.contains(t.parentId) ? t.parentId : 0);
    endResetModel();
}

bool TagTreeModel::syncTree(const QList<Tag> &tags)
{
    QHash<qint64, qint64> parentOf;
    QHash<qint64, QVector<qint64>> order;
    for (const Tag &t : tags) {
        const qint64 parent = parentOf.contains(t.parentId) ? t.parentId : 0;
        parentOf.insert(t.id, parent);
        order[parent] << t.id;
    }
    // New tags at the end of their parent, existing ones under their new parent (in
    // path order, so that a parent is in place before its children come to it).
    for (const Tag &t : tags) {
        const qint64 parent = parentOf.value(t.id);
        const QModelIndex to = indexOfTag(parent);
        const int end = int(childrenOf(parent).size());
        if (!m_nodes.contains(t.id)) {
            beginInsertRows(to, end, end);
            appendNode(t, parent);
            endInsertRows();
        } else if (m_nodes.value(t.id).parent != parent) {
            const qint64 from = m_nodes.value(t.id).parent;
            const int row = rowOf(t.id);
            if (!beginMoveRows(indexOfTag(from), row, row, to, end))
                return false;
            childrenOf(from).remove(row);
            childrenOf(parent) << t.id;
            m_nodes[t.id].parent = parent;
            endMoveRows();
        }
    }
    // Gone tags, each with what is still below it (their survivors moved away above).
    const QList<qint64> present = m_nodes.keys();
    for (qint64 id : present) {
        if (parentOf.contains(id) || !m_nodes.contains(id))
            continue;
        qint64 top = id;
        while (m_nodes.value(top).parent && !parentOf.contains(m_nodes.value(top).parent))
            top = m_nodes.value(top).parent;
        const qint64 parent = m_nodes.value(top).parent;
        const int row = rowOf(top);
        beginRemoveRows(indexOfTag(parent), row, row);
        childrenOf(parent).remove(row);
        eraseSubtree(top);
        endRemoveRows();
    }
    // Siblings into path order (a rename moves a tag among its siblings).
    for (auto it = order.cbegin(); it != order.cend(); ++it) {
        const QModelIndex parent = indexOfTag(it.key());
        for (int i = 0; i < it.value().size(); ++i) {
            QVector<qint64> &children = childrenOf(it.key());
            const int from = int(children.indexOf(it.value().at(i)));
            if (from == i)
                continue;
            if (!beginMoveRows(parent, from, from, parent, i))
                return false;
            children.move(from, i);
            endMoveRows();
        }
    }
    return true;
}

void TagTreeModel::applyData(const QHash<qint64, Tag> &tags, const QHash<qint64, int> &counts)
{
    QHash<qint64, int> totals;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        // Each count adds to the tag's total and to every tag above it.
        const int count = counts.value(it.key());
        for (qint64 id = it.key(); id; id = m_nodes.value(id).parent)
            totals[id] += count;
    }
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        Node &node = it.value();
        const Tag tag = tags.value(it.key(), node.tag);
        const int count = counts.value(it.key());
        const int total = totals.value(it.key());
        if (node.count == count && node.total == total && node.tag.name == tag.name && node.tag.path == tag.path
            && node.tag.color == tag.color && node.tag.description == tag.description)
            continue;
        node.tag = tag;
        node.count = count;
        node.total = total;
        emit dataChanged(indexOfTag(it.key(), NameColumn), indexOfTag(it.key(), CountColumn));
    }
}

QVector<qint64> &TagTreeModel::childrenOf(qint64 parent)
{
    return parent ? m_nodes[parent].children : m_roots;
}

const QVector<qint64> &TagTreeModel::childrenOf(const QModelIndex &parent) const
{
    static const QVector<qint64> none;
    if (!parent.isValid())
        return m_roots;
    const auto found = m_nodes.constFind(qint64(parent.internalId()));
    return found == m_nodes.constEnd() ? none : found->children;
}

int TagTreeModel::rowOf(qint64 tagId) const
{
    const qint64 parent = m_nodes.value(tagId).parent;
    return int((parent ? m_nodes.value(parent).children : m_roots).indexOf(tagId));
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != NameColumn))
        return {};
    const QVector<qint64> &siblings = childrenOf(parent);
    if (row < 0 || row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const qint64 parentId = m_nodes.value(qint64(child.internalId())).parent;
    return parentId ? indexOfTag(parentId) : QModelIndex();
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
    const auto found = m_nodes.constFind(qint64(index.internalId()));
    if (found == m_nodes.constEnd())
        return {};
    const Node &node = found.value();
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
            return untrustedtext::shownLiterally(text);
        }
        return untrustedtext::shownLiterally(
            node.tag.description.isEmpty() ? node.tag.path : node.tag.path + QLatin1Char('\n') + node.tag.description);
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
    if (!m_nodes.contains(tagId))
        return {};
    return createIndex(rowOf(tagId), column, quintptr(tagId));
}

Tag TagTreeModel::tagAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return m_nodes.value(qint64(index.internalId())).tag;
}

QList<Tag> TagTreeModel::tags() const
{
    // Depth first, siblings in order: path order.
    QList<Tag> result;
    QVector<qint64> pending(m_roots.crbegin(), m_roots.crend());
    while (!pending.isEmpty()) {
        const Node &node = m_nodes.constFind(pending.takeLast()).value();
        result << node.tag;
        for (auto it = node.children.crbegin(); it != node.children.crend(); ++it)
            pending << *it;
    }
    return result;
}

} // namespace bitext
