#include "models/store/bulkstatement.h"

#include "models/store/database.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace bitext {

BulkStatement::BulkStatement(Database &db, const QString &sql, Result result)
    : m_db(db)
    , m_sql(sql)
{
    if (db.backend() != Database::Backend::Sqlite) {
        m_query = result == Result::Id ? db.prepareInsert(sql) : db.prepare(sql);
        return;
    }
    // The handle of the connection every other statement of this write runs on, so
    // that these rows are in its transaction (QSQLITE links the same libsqlite3).
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        db.fail(QCoreApplication::translate("BulkStatement", "the connection has no SQLite handle"), QString(), sql);
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(
            m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        const QString reason = QString::fromUtf8(sqlite3_errmsg(m_handle));
        const int code = sqlite3_errcode(m_handle);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        db.fail(reason, QString::number(code), sql);
    }
    m_text.resize(size_t(sqlite3_bind_parameter_count(m_statement)));
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

void BulkStatement::bind(int index, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, index + 1, value);
    else
        m_query.bindValue(index, value);
}

void BulkStatement::bind(int index, double value)
{
    if (m_statement)
        sqlite3_bind_double(m_statement, index + 1, value);
    else
        m_query.bindValue(index, value);
}

void BulkStatement::bind(int index, const QString &text)
{
    if (!m_statement) {
        // A null QString would be NULL: '' as Database::exec binds it.
        m_query.bindValue(index, text.isNull() ? QStringLiteral("") : text);
        return;
    }
    // toUtf8() of a null or empty QString is an empty QByteArray whose data is "", not
    // a null pointer: SQLite stores '' (a null pointer would be NULL).
    QByteArray &utf8 = m_text[size_t(index)];
    utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index + 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void BulkStatement::bindNull(int index, const QVariant &typedNull)
{
    if (m_statement)
        sqlite3_bind_null(m_statement, index + 1);
    else
        m_query.bindValue(index, typedNull);
}

void BulkStatement::bindId(int index, qint64 id)
{
    if (id > 0)
        bind(index, id);
    else
        bindNull(index, nullInt());
}

void BulkStatement::bind(int index, const std::optional<qint64> &value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index, nullInt());
}

void BulkStatement::bind(int index, const std::optional<double> &value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index, nullReal());
}

qint64 BulkStatement::insert()
{
    if (!m_statement)
        return m_db.insert(m_query);
    step();
    return sqlite3_last_insert_rowid(m_handle);
}

void BulkStatement::exec()
{
    if (m_statement)
        step();
    else
        m_db.exec(m_query);
}

void BulkStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(m_statement);
        return;
    }
    const QString reason = QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(m_statement);
    m_db.fail(reason, QString::number(rc), m_sql);
}

} // namespace bitext
