#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace bitext {

class Database;

// Brings a library database to the current schema: creates a new one, upgrades an
// older one step by step (each step in its own transaction, after a backup copy
// where the backend needs one)
// and refuses one written by a newer Bitext.
class SchemaMigrator
{
public:
    // The schema version this build writes. Bump it by appending a step to steps().
    static int currentVersion();

    explicit SchemaMigrator(Database &db);

    int version();
    // Returns the path of the backup made before an upgrade, or an empty string.
    QString migrate();

private:
    void afterStep(int version);
    // ALTER TABLE ... ADD COLUMN for each (name, type) the table does not have yet, so
    // that a step can run again on a library that has some of them.
    void addMissingColumns(const QString &table, const QList<QPair<QString, QString>> &columns);

    Database &m_db;
};

} // namespace bitext
