#include "tests/app/crash/rawlibrary.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>
#include <stdexcept>

namespace bitext::test {

namespace {

std::atomic_int g_connections {0};

} // namespace

RawLibrary::RawLibrary(const QString &path)
    : m_connection(QStringLiteral("crash-check-%1").arg(g_connections++))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        throw std::runtime_error("cannot open " + path.toStdString() + ": " + db.lastError().text().toStdString());
}

RawLibrary::~RawLibrary()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QStringList RawLibrary::rows(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(sql))
        throw std::runtime_error(sql.toStdString() + ": " + query.lastError().text().toStdString());
    QStringList result;
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns << query.value(i).toString();
        result << columns.join(QLatin1Char('|'));
    }
    return result;
}

QVariant RawLibrary::scalar(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(sql) || !query.next())
        throw std::runtime_error(sql.toStdString() + ": " + query.lastError().text().toStdString());
    return query.value(0);
}

QByteArray RawLibrary::digest(const QString &sql) const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &row : rows(sql)) {
        hash.addData(row.toUtf8());
        hash.addData(QByteArrayLiteral("\n"));
    }
    return hash.result().toHex();
}

bool RawLibrary::hasTable(const QString &name) const
{
    return scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(name)).toInt() > 0;
}

int RawLibrary::userVersion() const
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

QStringList RawLibrary::problems() const
{
    QStringList found;
    const QStringList integrity = rows(QStringLiteral("PRAGMA integrity_check"));
    if (integrity != QStringList {QStringLiteral("ok")})
        found << QStringLiteral("integrity_check: ") + integrity.join(QStringLiteral("; "));
    const QStringList keys = rows(QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys.isEmpty())
        found << QStringLiteral("foreign_key_check: ") + keys.join(QStringLiteral("; "));
    if (!hasTable(QStringLiteral("search_entries")))
        return found;
    // search_entries.kind: 0 segment, 1 annotation quote, 2 note, 3 document title.
    const QList<QPair<int, QString>> owners {{0, QStringLiteral("segments")}, {1, QStringLiteral("annotations")},
        {2, QStringLiteral("notes")}, {3, QStringLiteral("documents")}};
    for (const auto &owner : owners) {
        const int orphans = scalar(QStringLiteral("SELECT count(*) FROM search_entries WHERE kind = %1 AND owner_id "
                                                  "NOT IN (SELECT id FROM %2)")
                                       .arg(owner.first)
                                       .arg(owner.second))
                                .toInt();
        if (orphans > 0)
            found << QStringLiteral("%1 search entries of missing %2").arg(orphans).arg(owner.second);
    }
    const int noDocument = scalar(QStringLiteral("SELECT count(*) FROM search_entries WHERE document_id NOT IN "
                                                 "(SELECT id FROM documents)"))
                               .toInt();
    if (noDocument > 0)
        found << QStringLiteral("%1 search entries of a missing document").arg(noDocument);
    const int textless = scalar(QStringLiteral("SELECT count(*) FROM search_entries WHERE id NOT IN (SELECT rowid "
                                               "FROM search_text)"))
                             .toInt();
    const int ownerless = scalar(QStringLiteral("SELECT count(*) FROM search_text WHERE rowid NOT IN (SELECT id "
                                                "FROM search_entries)"))
                              .toInt();
    if (textless > 0 || ownerless > 0)
        found << QStringLiteral("%1 search entries without text, %2 texts without entry").arg(textless).arg(ownerless);
    return found;
}

int RawLibrary::partialAnnotations(qint64 after) const
{
    return scalar(QStringLiteral("SELECT count(*) FROM annotations a WHERE id > %1 AND (NOT EXISTS (SELECT 1 FROM "
                                 "annotation_tags WHERE annotation_id = a.id) OR NOT EXISTS (SELECT 1 FROM notes WHERE "
                                 "annotation_id = a.id))")
                      .arg(after))
        .toInt();
}

QStringList RawLibrary::unusedSpeakers() const
{
    return rows(QStringLiteral(
        "SELECT name FROM speakers WHERE id NOT IN (SELECT speaker_id FROM segments WHERE speaker_id IS NOT NULL)"));
}

} // namespace bitext::test
