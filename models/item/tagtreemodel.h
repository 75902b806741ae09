#pragma once

#include "models/domain/tag.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QVector>

namespace bitext {

class Library;

// The codebook as a tree (parent tags above their children) with the number of
// quotes per tag in one document or the whole library, like QualCoder's codebook
// view. Read-only: edits go through undo commands; follows the Library's signals.
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
    void reload();

private:
    struct Node
    {
        Tag tag;
        int parent = -1; // node index, -1 for a root
        int row = 0;     // position among its siblings
        QVector<int> children;
        int count = 0;
        int total = 0;
    };
    const QVector<int> &childrenOf(const QModelIndex &parent) const;

    QPointer<Library> m_library;
    qint64 m_documentId = 0;
    QVector<Node> m_nodes;
    QVector<int> m_roots;
    QHash<qint64, int> m_nodeOfTag;
};

} // namespace bitext
