#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace bitext {

class Database;

// The rows of a library table read generically, by column name: what copying and
// merging libraries move between backends, so that a column added to a table later
// comes along without either of them knowing it.
struct TableRows
{
    QStringList columns;
    QList<QVariantList> values;

    // SELECT * FROM table (by id where it has one). `table` is a library table's name,
    // never user input.
    static TableRows read(Database &db, const QString &table);
    // The column's values of one row, by name; invalid when the table has no such column.
    QVariant value(const QVariantList &row, const QString &column) const;
    // Row numbers by the value of an id column (e.g. a document's segments), so that
    // looking up a row's children does not scan the table each time.
    QHash<qint64, QList<int>> indexBy(const QString &column) const;
    // Reorders tags so that each parent comes before its children (a parent can have
    // a larger id). Throws Error when they form a loop.
    void orderParentsFirst();
};

} // namespace bitext
