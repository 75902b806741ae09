#include "models/store/sqlitebackup.h"

#include "models/core/error.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

#include <utility>

namespace bitext {

void backupSqliteFile(const QString &sourcePath, const QString &targetPath)
{
    // Written under another name and renamed once whole: a process killed while it
    // copies leaves no file under the backup's name holding part of a library, which
    // would later be offered for restoring as the library before the upgrade.
    const QString partPath = targetPath + QStringLiteral(".part");
    QFile::remove(partPath);
    QFile::remove(partPath + QStringLiteral("-journal"));
    sqlite3 *source = nullptr;
    sqlite3 *target = nullptr;
    auto fail = [&](const QString &reason) {
        sqlite3_close(source);
        sqlite3_close(target);
        QFile::remove(partPath);
        QFile::remove(partPath + QStringLiteral("-journal"));
        throw Error(QCoreApplication::translate("SchemaMigrator", "Cannot back up %1 to %2: %3")
                        .arg(sourcePath, targetPath, reason));
    };

    if (sqlite3_open_v2(QFile::encodeName(sourcePath).constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        fail(QString::fromUtf8(sqlite3_errmsg(source)));
    if (sqlite3_open_v2(
            QFile::encodeName(partPath).constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        fail(QString::fromUtf8(sqlite3_errmsg(target)));

    // Another process may be writing the library (a WAL checkpoint): wait as the
    // library's own connection does rather than fail at once.
    sqlite3_busy_timeout(source, 10000);
    sqlite3_busy_timeout(target, 10000);
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        fail(QString::fromUtf8(sqlite3_errmsg(target)));
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        fail(QString::fromUtf8(sqlite3_errstr(rc)));
    if (sqlite3_errcode(target) != SQLITE_OK)
        fail(QString::fromUtf8(sqlite3_errmsg(target)));
    // The copy is one self-contained file: out of WAL mode, so that it needs no -wal or
    // -shm beside it and reading it (to verify, to list) leaves none behind.
    if (sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(QString::fromUtf8(sqlite3_errmsg(target)));

    sqlite3_close(std::exchange(source, nullptr));
    sqlite3_close(std::exchange(target, nullptr));
    // Two backups within one second have the same name: the newer one wins.
    QFile::remove(targetPath);
    QFile part(partPath);
    if (!part.rename(targetPath))
        fail(part.errorString());
}

} // namespace bitext
