#pragma once

#include <QAbstractItemModel>
#include <QSet>
#include <QVector>

namespace bitext {

// A flat model (QAbstractListModel or QAbstractTableModel) that can bring its rows to
// a freshly read list with row signals only: removed rows are removed, new ones
// inserted, moved ones moved and changed ones announced with dataChanged. A change
// made elsewhere then never resets the model, so views keep their selection, current
// index and scroll position.
template<typename Base> class RowSyncModel : public Base
{
public:
    using Base::Base;

protected:
    // QAbstractListModel hides columnCount(); ask through the public base.
    static int columnsOf(const QAbstractItemModel *model) { return model->columnCount(); }

    // rows becomes fresh. keyOf gives a row's identity (a database id); same tells
    // whether two rows with the same identity show the same data.
    template<typename T, typename KeyOf, typename Same>
    void syncRows(QVector<T> &rows, const QVector<T> &fresh, KeyOf keyOf, Same same)
    {
        QSet<qint64> wanted;
        for (const T &row : fresh)
            wanted.insert(keyOf(row));
        // Gone rows first, bottom up, a contiguous run at a time.
        for (int last = int(rows.size()) - 1; last >= 0; --last) {
            if (wanted.contains(keyOf(rows.at(last))))
                continue;
            int first = last;
            while (first > 0 && !wanted.contains(keyOf(rows.at(first - 1))))
                --first;
            this->beginRemoveRows(QModelIndex(), first, last);
            rows.erase(rows.begin() + first, rows.begin() + last + 1);
            this->endRemoveRows();
            last = first;
        }
        // Then every position in turn: the right row is there, further down, or new.
        for (int i = 0; i < fresh.size(); ++i) {
            const qint64 key = keyOf(fresh.at(i));
            if (i >= rows.size() || keyOf(rows.at(i)) != key) {
                int from = i + 1;
                while (from < rows.size() && keyOf(rows.at(from)) != key)
                    ++from;
                if (from < rows.size()) {
                    this->beginMoveRows(QModelIndex(), from, from, QModelIndex(), i);
                    rows.move(from, i);
                    this->endMoveRows();
                } else {
                    this->beginInsertRows(QModelIndex(), i, i);
                    rows.insert(i, fresh.at(i));
                    this->endInsertRows();
                    continue;
                }
            }
            if (!same(rows.at(i), fresh.at(i))) {
                rows[i] = fresh.at(i);
                emit this->dataChanged(this->index(i, 0), this->index(i, columnsOf(this) - 1));
            }
        }
    }
};

} // namespace bitext
