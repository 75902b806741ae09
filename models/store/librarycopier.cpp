#include "models/store/librarycopier.h"

#include "models/core/error.h"
#include "models/search/searchindex.h"
#include "models/store/database.h"
#include "models/store/library.h"
#include "models/store/tablerows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace bitext {

namespace {

// Parents before children, so that every foreign key holds as rows arrive. tags
// refer to themselves and are ordered separately (a parent can have a larger id).
const char *const kTables[]
    = {"documents", "sections", "speakers", "segments", "tags", "annotations", "annotation_tags", "notes"};

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
        TableRows rows = TableRows::read(from, table);
        if (table == QLatin1String("tags"))
            rows.orderParentsFirst();
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
