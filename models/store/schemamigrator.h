#pragma once

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

    Database &m_db;
};

} // namespace bitext
