#pragma once

#include "models/core/error.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

struct sqlite3;

namespace bitext {

struct SqliteAccess;

// Decides whether a local library file can be trusted before anything writes to it:
// the header says SQLite, no pages are missing, a -wal file beside it is its own, and
// SQLite's own check (quick_check, or the full integrity_check after an unclean
// shutdown) finds nothing. Reads only: a damaged file is never written.
class LibraryCheck
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCheck)

public:
    enum class Depth {
        None, // the header and the -wal only (and the schema version)
        Quick, // PRAGMA quick_check: every page and record, not the indexes' contents
        Full, // PRAGMA integrity_check: also every index against its table
    };

    // What is wrong with the file at path, in words that finish "The library file X ...";
    // empty when nothing is. schemaVersion (if given) gets PRAGMA user_version.
    // `cancel`, when given and set from another thread, stops SQLite's check (and a
    // wait for a lock) at its next step; the file then counts as not checked.
    static QString problem(
        const QString &path, Depth depth, int *schemaVersion = nullptr, const std::atomic_bool *cancel = nullptr);
    // Throws DamagedLibraryError naming the file and what is wrong.
    static void require(const QString &path, Depth depth, const std::atomic_bool *cancel = nullptr);
    // Before Library opens the file: quick_check, or integrity_check when a process that
    // had it open is gone without closing it (OpenMarker); an empty file that has
    // backups counts as damaged too. Throws DamagedLibraryError. The quick check is
    // skipped when the file is exactly as it was when last known good (LibraryFingerprint).
    // With `cancel` set, throws LibraryCheckCancelled (nothing recorded, nothing written).
    static void beforeOpen(const QString &path, const std::atomic_bool *cancel = nullptr);
    // Whether beforeOpen() would run SQLite's check (which reads the whole file): the
    // window runs it on a worker thread with progress and Cancel then. Cheap: file times.
    static bool wouldCheck(const QString &path);

private:
    static QString headerProblem(const QString &path);
    static QString sqliteProblem(const QString &path, Depth depth, int *schemaVersion, const std::atomic_bool *cancel);
    static QString sqliteProblem(const QString &path, const SqliteAccess &access, Depth depth, int *schemaVersion,
        const std::atomic_bool *cancel);
    // Reads PRAGMA user_version (when asked) and closes db.
    static QString readVersion(sqlite3 *db, int *schemaVersion);
};

// The check was cancelled before it could say whether the file is sound.
class LibraryCheckCancelled : public Error
{
public:
    using Error::Error;
};

} // namespace bitext
