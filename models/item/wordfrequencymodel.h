#pragma once

#include "models/analysis/wordfrequency.h"

#include <QAbstractTableModel>

namespace bitext {

// The Words view's frequency table: one row per word (per group and word when the
// counts are grouped by document, speaker or code). SortRole gives raw values (numbers
// as numbers) for a QSortFilterProxyModel; WordRole the word of any column's index.
class WordFrequencyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { GroupColumn, WordColumn, CountColumn, RateColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, WordRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setGroups(const QList<WordFrequencyGroup> &groups, WordGrouping grouping);
    WordGrouping grouping() const { return m_grouping; }
    // The units of the text counted (all groups).
    qint64 units() const { return m_units; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString group;
        WordFrequencyRow word;
    };
    QList<Row> m_rows;
    WordGrouping m_grouping = WordGrouping::None;
    qint64 m_units = 0;
};

} // namespace bitext
