#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace bitext {

// The backups of one local library file, in <dir>/<basename>.backups/ as
// <basename>-<yyyyMMdd-HHmmss>-<reason>.sqlite (UTC). Each is taken with SQLite's
// online backup API and verified by reopening before it gets its name, so a backup
// that is listed is whole; a failed one leaves nothing behind and the older ones
// untouched. Server libraries have no backups here (the server's own tools do that).
class LibraryBackups
{
    Q_DECLARE_TR_FUNCTIONS(LibraryBackups)

public:
    enum class Reason { Daily, Upgrade, Manual, BeforeRestore };
    struct Backup
    {
        QString path;
        QDateTime created; // UTC, from the name
        qint64 size = 0;
        Reason reason = Reason::Manual;
        int schemaVersion = -1; // -1: unreadable
    };
    // The at-most-daily rule of createIfDue().
    static constexpr qint64 kDailySeconds = 24 * 60 * 60;

    explicit LibraryBackups(const QString &libraryPath);

    static QString folderFor(const QString &libraryPath);
    QString folder() const { return m_folder; }
    QString libraryPath() const { return m_libraryPath; }
    static QString reasonName(Reason reason);
    static std::optional<Reason> reasonFromName(const QString &name);
    // For tests: what "now" is (default: the current UTC time).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Takes a verified backup now. Throws Error (nothing left behind) on failure.
    Backup create(Reason reason);
    // Newest first.
    QList<Backup> list() const;
    // Removes all but the newest keep backups; returns how many went.
    int prune(int keep);
    // A daily backup when the newest is older than a day (or there is none), then prune(keep).
    std::optional<Backup> createIfDue(int keep);
    // The newest backup that passes the full integrity check.
    std::optional<Backup> latestGood() const;
    // A backup by its file name or path (of this library's folder).
    std::optional<Backup> find(const QString &nameOrPath) const;
    // Puts backup in place of the library, which must not be open anywhere. A sound
    // current file is first backed up (before-restore); a damaged one is kept aside as
    // <basename>.damaged-<time>.sqlite with its -wal and -shm. All or nothing: on failure
    // the library is as it was. Returns where the old file went. Throws Error.
    QString restore(const Backup &backup);

private:
    std::optional<Backup> parse(const QString &fileName) const;
    QString moveAside(const QString &stamp);

    QString m_libraryPath;
    QString m_folder;
    QString m_baseName;
    std::function<QDateTime()> m_clock;
};

} // namespace bitext
