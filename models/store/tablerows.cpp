#include "models/store/tablerows.h"

#include "models/core/error.h"
#include "models/store/database.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace bitext {

TableRows TableRows::read(Database &db, const QString &table)
{
    const bool hasId = table != QLatin1String("annotation_tags");
    QSqlQuery q
        = db.exec(QStringLiteral("SELECT * FROM %1%2").arg(table, hasId ? QStringLiteral(" ORDER BY id") : QString()));
    TableRows rows;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        rows.columns << record.fieldName(i);
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < record.count(); ++i) {
            // A NULL stays NULL: untyped, as Database::exec writes a null string as ''.
            const QVariant value = q.value(i);
            row << (value.isNull() ? QVariant() : value);
        }
        rows.values << row;
    }
    return rows;
}

QVariant TableRows::value(const QVariantList &row, const QString &column) const
{
    const int i = int(columns.indexOf(column));
    return i < 0 ? QVariant() : row.at(i);
}

QHash<qint64, QList<int>> TableRows::indexBy(const QString &column) const
{
    QHash<qint64, QList<int>> index;
    const int i = int(columns.indexOf(column));
    for (int row = 0; row < values.size(); ++row)
        if (!values.at(row).at(i).isNull())
            index[values.at(row).at(i).toLongLong()] << row;
    return index;
}

void TableRows::orderParentsFirst()
{
    const int id = int(columns.indexOf(QStringLiteral("id")));
    const int parent = int(columns.indexOf(QStringLiteral("parent_id")));
    QList<QVariantList> ordered;
    QSet<qint64> placed;
    QList<QVariantList> pending = values;
    while (!pending.isEmpty()) {
        QList<QVariantList> later;
        for (const QVariantList &row : pending) {
            if (row.at(parent).isNull() || placed.contains(row.at(parent).toLongLong())) {
                placed.insert(row.at(id).toLongLong());
                ordered << row;
            } else {
                later << row;
            }
        }
        if (later.size() == pending.size())
            throw Error(QCoreApplication::translate("LibraryCopier", "The source library's tags form a loop."));
        pending = later;
    }
    values = ordered;
}

} // namespace bitext
