#pragma once

#include "models/domain/document.h"
#include "models/item/rowsync.h"
#include "models/store/change.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace bitext {

class Library;

// Every document of the library with the counts the sidebar shows. Follows
// Library::changed row by row: a document added, removed or edited elsewhere inserts,
// removes or updates its row, never resetting the list.
class DocumentListModel : public RowSyncModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DateColumn, SpeakersColumn, SegmentsColumn, TagsColumn, ImportedColumn, ColumnCount };

    explicit DocumentListModel(QObject *parent = nullptr);

    void setLibrary(Library *library);
    // Re-reads the list and brings the rows to it with row signals (no reset).
    void reload();
    // Re-reads these documents' rows only (inserting, updating or removing each).
    void reload(const QList<qint64> &documentIds);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const DocumentSummary &summaryAt(int row) const { return m_documents.at(row); }
    QModelIndex indexOfDocument(qint64 documentId) const;

private:
    void onChanged(const bitext::ChangeList &changes);
    QVector<DocumentSummary> read() const;

    QPointer<Library> m_library;
    QVector<DocumentSummary> m_documents;
};

} // namespace bitext
