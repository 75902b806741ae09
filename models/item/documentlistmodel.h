#pragma once

#include "models/domain/document.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace bitext {

class Library;

// Every document of the library with the counts the sidebar shows; reloads itself when
// the library reports a change.
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DateColumn, SpeakersColumn, SegmentsColumn, TagsColumn, ImportedColumn, ColumnCount };

    explicit DocumentListModel(QObject *parent = nullptr);

    void setLibrary(Library *library);
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const DocumentSummary &summaryAt(int row) const { return m_documents.at(row); }
    QModelIndex indexOfDocument(qint64 documentId) const;

private:
    QPointer<Library> m_library;
    QVector<DocumentSummary> m_documents;
};

} // namespace bitext
