#pragma once

#include "models/analysis/matrixtable.h"

#include <QAbstractTableModel>
#include <QVector>

#include <optional>

namespace bitext {

// A computed coding matrix as a table: the first column names the code, then one column
// per speaker, document or code, then the row's total; a last row holds the columns'
// totals (none for codes × codes). Counts show as integers, coverage as a percentage.
// Roles: Qt::DisplayRole, Qt::ToolTipRole, Qt::TextAlignmentRole, ItemRole::SortRole
// (the raw value, the code's path in the first column), MatrixHeatRole, MatrixRowRole,
// MatrixColumnRole, MatrixTotalRole.
class MatrixTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit MatrixTableModel(QObject *parent = nullptr);

    // Replaces the matrix (a reset: another filter or measure is another table).
    void setMatrix(const MatrixTable &table, const QVector<double> &rowTotals, const QVector<double> &columnTotals,
        double grandTotal);
    const MatrixTable &matrix() const { return m_table; }
    // How a value shows: "12" for a count, "12.5%" for coverage.
    QString text(double value) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool hasTotalsRow() const { return !m_columnTotals.isEmpty() && m_table.rowCount() > 0; }
    // The value at a model index, none for the code column or a missing total.
    std::optional<double> value(int row, int column) const;

    MatrixTable m_table;
    QVector<double> m_rowTotals;
    QVector<double> m_columnTotals;
    double m_grandTotal = 0;
    double m_largest = 0;
};

} // namespace bitext
