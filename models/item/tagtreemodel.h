#pragma once

#include "models/domain/tag.h"
#include "models/store/change.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QVector>

namespace bitext {

class Library;

// The codebook as a tree (parent tags above their children) with the number of
// quotes per tag in one document or the whole library, like QualCoder's codebook
// view. Read-only: edits go through undo commands. Follows Library::changed row by
// row: tags are inserted, moved and removed in place and counts announced with
// dataChanged, so a change never collapses the tree or loses its selection.
// Roles: AnnotationRole::Tag* (annotationroles.h).
class TagTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, ColumnCount };

    explicit TagTreeModel(QObject *parent = nullptr);

    void setLibrary(Library *library);
    // Whose quotes are counted: a document, or 0 for the whole library.
    void setDocument(qint64 documentId);
    qint64 documentId() const { return m_documentId; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfTag(qint64 tagId, int column = NameColumn) const;
    // The tag at an index; an empty Tag (id 0) for an invalid one.
    Tag tagAt(const QModelIndex &index) const;
    // Every tag in path order.
    QList<Tag> tags() const;

public slots:
    // Re-reads the codebook and the counts and brings the tree to them with row
    // signals (no reset).
    void reload();

private:
    // An index's internal id is its tag's id, which stays valid while rows move.
    struct Node
    {
        Tag tag;
        qint64 parent = 0; // tag id, 0 for a root
        QVector<qint64> children;
        int count = 0;
        int total = 0;
    };
    void onChanged(const bitext::ChangeList &changes);
    // Reads tags and counts; the tree is synced row by row unless reset.
    void load(bool reset);
    // The same tags, fresh counts.
    void recount();
    QHash<qint64, int> readCounts() const;
    // Brings the tree to tags (in path order) with inserts, moves and removals;
    // false when Qt refused a move (the caller resets).
    bool syncTree(const QList<Tag> &tags);
    void resetTree(const QList<Tag> &tags);
    // Sets the tags' data and counts, announcing the nodes whose display changed.
    void applyData(const QHash<qint64, Tag> &tags, const QHash<qint64, int> &counts);
    QVector<qint64> &childrenOf(qint64 parent);
    const QVector<qint64> &childrenOf(const QModelIndex &parent) const;
    int rowOf(qint64 tagId) const;
    void appendNode(const Tag &tag, qint64 parent);
    void eraseSubtree(qint64 tagId);

    QPointer<Library> m_library;
    qint64 m_documentId = 0;
    QHash<qint64, Node> m_nodes;
    QVector<qint64> m_roots;
};

} // namespace bitext
