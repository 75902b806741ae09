#pragma once

#include "models/analysis/concordance.h"

#include <QAbstractTableModel>

namespace bitext {

// The concordance table: one keyword-in-context line per row. The left context is
// right-aligned and the word centred and bold, so the words line up in one column.
class ConcordanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DocumentColumn, SpeakerColumn, LeftColumn, WordColumn, RightColumn, ColumnCount };
    enum class Order { Library, Left, Right };

    using QAbstractTableModel::QAbstractTableModel;

    // Lines in library order; shown in the current order.
    void setLines(const QList<ConcordanceLine> &lines);
    void setOrder(Order order);
    Order order() const { return m_order; }
    const QList<ConcordanceLine> &lines() const { return m_lines; }
    const ConcordanceLine &line(int row) const { return m_lines.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void sortLines(QList<ConcordanceLine> &lines) const;

    QList<ConcordanceLine> m_libraryOrder;
    QList<ConcordanceLine> m_lines;
    Order m_order = Order::Library;
};

} // namespace bitext
