#include "models/store/librarycopier.h"

#include "models/core/error.h"
#include "models/search/searchindex.h"
#include "models/store/database.h"
#include "models/store/library.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariantList>

namespace bitext {

namespace {

// Parents before children, so that every foreign key holds as rows arrive. tags
// refer to themselves and are ordered separately (a parent can have a larger id).
const char *const kTables[]
    = {"documents", "sections", "speakers", "segments", "tags", "annotations", "annotation_tags", "notes"};

struct Rows
{
    QStringList columns;
    QList<QVariantList> values;
};

Rows readAll(Database &db, const QString &table)
{
    // `table` is one of kTables, never user input.
    const bool hasId = table != QLatin1String("annotation_tags");
    QSqlQuery q
        = db.exec(QStringLiteral("SELECT * FROM %1%2").arg(table, hasId ? QStringLiteral(" ORDER BY id") : QString()));
    Rows rows;
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

// Tags in an order where each parent comes before its children.
void orderTags(Rows &rows)
{
    const int id = int(rows.columns.indexOf(QStringLiteral("id")));
    const int parent = int(rows.columns.indexOf(QStringLiteral("parent_id")));
    QList<QVariantList> ordered;
    QSet<qint64> placed;
    QList<QVariantList> pending = rows.values;
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
    rows.values = ordered;
}

} // namespace

LibraryCopier::Counts LibraryCopier::copy(Library &source, Library &destination)
{
    Database &to = destination.database();
    Database &from = source.database();
    Transaction tx(to);
    const int existing = to.scalar(QStringLiteral("SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM "
                                                  "speakers) + (SELECT count(*) FROM tags)"))
                             .toInt();
    if (existing > 0)
        throw Error(QCoreApplication::translate(
            "LibraryCopier", "%1 is not empty; copy into a new library, or an empty database.")
                        .arg(to.location()));
    Counts counts;
    for (const char *name : kTables) {
        const QString table = QLatin1String(name);
        Rows rows = readAll(from, table);
        if (table == QLatin1String("tags"))
            orderTags(rows);
        QStringList marks;
        for (int i = 0; i < rows.columns.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery insert
            = to.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(table, rows.columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        for (const QVariantList &row : rows.values) {
            for (int i = 0; i < row.size(); ++i)
                insert.bindValue(i, row.at(i));
            to.exec(insert);
        }
        if (table != QLatin1String("annotation_tags"))
            to.dialect().afterExplicitIds(to, table);
        counts << qMakePair(table, int(rows.values.size()));
    }
    SearchIndex(to).rebuild();
    for (const Change::Kind kind : {Change::Kind::Document, Change::Kind::Speaker, Change::Kind::Tag,
             Change::Kind::Annotation, Change::Kind::Note})
        to.record({kind, Change::Op::Reset, 0, 0});
    tx.commit();
    return counts;
}

LibraryCopier::Counts LibraryCopier::count(Library &library)
{
    Counts counts;
    for (const char *name : kTables) {
        const QString table = QLatin1String(name);
        counts << qMakePair(
            table, library.database().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt());
    }
    return counts;
}

} // namespace bitext
