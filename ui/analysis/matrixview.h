#pragma once

#include "models/analysis/analysisfilter.h"
#include "models/analysis/codingmatrix.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QTreeView;

namespace bitext {
class Library;
class MatrixQuoteModel;
class MatrixTableModel;
} // namespace bitext

namespace bitext::ui {

// The Analysis window's Matrix tab: codes × speakers, documents or codes as a sortable
// table (count or coverage, a heat tint from the palette's highlight, totals), the
// quotes of the current cell listed below it (Enter or a double-click on one emits
// quoteActivated), and Export CSV…. Recomputes when the filter or the library changes.
class MatrixView : public QWidget
{
    Q_OBJECT

public:
    explicit MatrixView(Library &library, QWidget *parent = nullptr);
    ~MatrixView() override;

    MatrixColumns columns() const;
    void setColumns(MatrixColumns columns);
    MatrixMeasure measure() const;
    void setMeasure(MatrixMeasure measure);
    const MatrixTable &matrix() const { return m_matrix.table(); }
    const AnalysisFilter &filter() const { return m_filter; }
    MatrixTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTreeView *quoteList() const { return m_quotes; }
    MatrixQuoteModel *quoteModel() const { return m_quoteModel; }
    // Lists the quotes of a cell of the MatrixTable (-1: the totals row or column).
    void showCell(int row, int column);
    // Asks for a file and writes the matrix as CSV there; false when cancelled or failed.
    bool exportCsv();

public slots:
    void setFilter(const bitext::AnalysisFilter &filter);
    // Computes the matrix again (the library changed).
    void refresh();

signals:
    void quoteActivated(qint64 documentId, qint64 annotationId);
    // matrix() was computed again (filter, columns, measure or the library changed): the
    // charts draw it.
    void matrixChanged();

private:
    void retranslate();
    void currentCellChanged(const QModelIndex &current);
    void activateQuote(const QModelIndex &index);

    Library &m_library;
    CodingMatrix m_matrix;
    AnalysisFilter m_filter;
    QLabel *m_columnsLabel;
    QComboBox *m_columns;
    QLabel *m_measureLabel;
    QComboBox *m_measure;
    QPushButton *m_export;
    QLabel *m_status;
    QTableView *m_table;
    MatrixTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_cellLabel;
    QTreeView *m_quotes;
    MatrixQuoteModel *m_quoteModel;
    QTimer *m_refresh;
    // The cell whose quotes show, by tag and column id, so a recomputed matrix keeps it.
    qint64 m_cellRowTag = 0;
    qint64 m_cellColumnId = 0;
    bool m_cellShown = false;
    bool m_cellRowTotal = false;
    bool m_cellColumnTotal = false;
};

} // namespace bitext::ui
