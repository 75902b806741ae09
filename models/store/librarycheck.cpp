#include "models/store/librarycheck.h"

#include "models/core/error.h"
#include "models/store/librarybackups.h"
#include "models/store/libraryfingerprint.h"
#include "models/store/openmarker.h"
#include "models/store/sqliteaccess.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

#include <sqlite3.h>

namespace bitext {

namespace {

constexpr int kHeaderSize = 100;
constexpr quint32 kWalMagic = 0x377f0682; // the low bit is the checksum byte order

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(bytes.constData()) + offset);
}

// The page size in the database header (1 stands for 65536), 0 when impossible.
quint32 pageSize(const QByteArray &header)
{
    const quint32 size = qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(header.constData()) + 16);
    const quint32 bytes = size == 1 ? 65536 : size;
    return bytes >= 512 && (bytes & (bytes - 1)) == 0 ? bytes : 0;
}

} // namespace

QString LibraryCheck::problem(const QString &path, Depth depth, int *schemaVersion, const std::atomic_bool *cancel)
{
    // A file that cannot be read at all is not known to be damaged: opening it says why.
    if (!QFileInfo(path).isReadable())
        return {};
    const QString header = headerProblem(path);
    if (!header.isEmpty())
        return header;
    const QString found = sqliteProblem(path, depth, schemaVersion, cancel);
    if (found.isEmpty() || (cancel && *cancel) || !QFile::exists(path + QStringLiteral("-wal")))
        return found;
    // SQLite reads the file through its -wal. When the file alone is sound, the damage
    // is in what the -wal adds: one left from another copy of the library, or another file.
    QTemporaryDir dir;
    const QString alone = dir.filePath(QStringLiteral("alone.sqlite"));
    if (dir.isValid() && QFile::copy(path, alone) && sqliteProblem(alone, depth, nullptr, cancel).isEmpty())
        return tr("has a -wal file beside it that does not belong to it (%1)").arg(found);
    return found;
}

void LibraryCheck::require(const QString &path, Depth depth, const std::atomic_bool *cancel)
{
    const QString found = problem(path, depth, nullptr, cancel);
    if (cancel && *cancel)
        throw LibraryCheckCancelled(tr("The check of %1 was cancelled; the library was not opened.").arg(path));
    if (!found.isEmpty())
        throw DamagedLibraryError(tr("The library file %1 is damaged: it %2.").arg(path, found), path);
}

bool LibraryCheck::wouldCheck(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return false;
    const QByteArray fingerprint = LibraryFingerprint::of(path);
    return !OpenMarker::stale(path).isEmpty() || fingerprint.isEmpty()
        || fingerprint != LibraryFingerprint::recorded(path);
}

void LibraryCheck::beforeOpen(const QString &path, const std::atomic_bool *cancel)
{
    const QFileInfo info(path);
    if (!info.exists())
        return; // a new library
    if (info.size() == 0) {
        // SQLite takes an empty file for a new database; one that had backups lost its data.
        if (!LibraryBackups(path).list().isEmpty())
            throw DamagedLibraryError(tr("The library file %1 is damaged: it is empty.").arg(path), path);
        return;
    }
    // SQLite's check reads the whole file: 0.2 s for 50 MB, seconds for a library of a
    // million segments, on every open. So it runs only when the file may have changed
    // since it was last known good: when its fingerprint (size, times, inode of the file
    // and its -wal: LibraryFingerprint, which says what that does and does not see)
    // differs from the one recorded after the last check passed or after Bitext's own
    // last write. After an unclean shutdown (a stale open marker) the full check runs
    // whatever the fingerprint says.
    const QStringList stale = OpenMarker::stale(path);
    const QByteArray fingerprint = LibraryFingerprint::of(path);
    if (stale.isEmpty() && !fingerprint.isEmpty() && fingerprint == LibraryFingerprint::recorded(path))
        return;
    require(path, stale.isEmpty() ? Depth::Quick : Depth::Full, cancel);
    OpenMarker::remove(stale);
    // Recorded only when nothing changed the file while it was being checked.
    if (LibraryFingerprint::of(path) == fingerprint)
        LibraryFingerprint::record(path, fingerprint);
}

QString LibraryCheck::headerProblem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot be read (%1)").arg(file.errorString());
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return tr("is not an SQLite database, so not a Bitext library");
    const quint32 page = pageSize(header);
    if (page == 0)
        return tr("has a damaged header");
    // The page count in the header is valid when the change counter matches the
    // "valid for" number; a shorter file has lost its end.
    const qint64 size = file.size();
    const quint32 pages = bigEndian32(header, 28);
    const bool countValid = bigEndian32(header, 24) == bigEndian32(header, 92);
    if (size % page != 0 || (countValid && pages > 0 && size < qint64(pages) * page))
        return tr("is truncated: %1 bytes, where its header counts %2 pages of %3 bytes")
            .arg(size)
            .arg(pages)
            .arg(page);

    QFile wal(path + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly)) {
        const QByteArray walHeader = wal.read(32);
        // A -wal of another page size cannot be this file's (SQLite would discard or misread it).
        if (walHeader.size() == 32 && (bigEndian32(walHeader, 0) & ~1u) == kWalMagic
            && bigEndian32(walHeader, 8) != page)
            return tr("has a -wal file beside it that does not belong to it (page size %1, not %2)")
                .arg(bigEndian32(walHeader, 8))
                .arg(page);
    }
    return {};
}

QString LibraryCheck::sqliteProblem(
    const QString &path, Depth depth, int *schemaVersion, const std::atomic_bool *cancel)
{
    // Opened as the library itself will be (SqliteAccess): on a read-only disk, or a full
    // one, SQLite cannot make the -shm a WAL file is read through, and only an immutable
    // open reads it. Failing to open there is no damage.
    const SqliteAccess access = SqliteAccess::of(path);
    const QString problem = sqliteProblem(path, access, depth, schemaVersion, cancel);
    if (!problem.isEmpty() && access.mode != SqliteAccess::Mode::Immutable && SqliteAccess::noRoomFor(path))
        return sqliteProblem(path, SqliteAccess::fullDisk(), depth, schemaVersion, cancel);
    return problem;
}

QString LibraryCheck::sqliteProblem(
    const QString &path, const SqliteAccess &access, Depth depth, int *schemaVersion, const std::atomic_bool *cancel)
{
    // Read-only: SQLite never writes the file (nor checkpoints its -wal) through it.
    sqlite3 *db = nullptr;
    const auto fail = [&db](const QString &reason) {
        sqlite3_close(db);
        return reason;
    };
    const bool immutable = access.mode == SqliteAccess::Mode::Immutable;
    const QByteArray name = immutable ? access.databaseName(path).toUtf8() : QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY | (immutable ? SQLITE_OPEN_URI : 0), nullptr)
        != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    if (cancel) {
        // Cancel is noticed every few thousand steps of the check, and while waiting
        // for a lock (up to 10 s, as sqlite3_busy_timeout would).
        sqlite3_progress_handler(
            db, 10000, [](void *flag) { return int(*static_cast<const std::atomic_bool *>(flag)); },
            const_cast<std::atomic_bool *>(cancel));
        sqlite3_busy_handler(
            db,
            [](void *flag, int tries) {
                if (*static_cast<const std::atomic_bool *>(flag) || tries >= 500)
                    return 0;
                sqlite3_sleep(20);
                return 1;
            },
            const_cast<std::atomic_bool *>(cancel));
    } else {
        sqlite3_busy_timeout(db, 10000);
    }

    if (depth == Depth::None)
        return readVersion(db, schemaVersion);
    const char *sql = depth == Depth::Full ? "PRAGMA integrity_check(1)" : "PRAGMA quick_check(1)";
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    const int rc = sqlite3_step(statement);
    QString result = rc == SQLITE_ROW
        ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)))
        : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (result != QLatin1String("ok"))
        return fail(tr("failed SQLite's check: %1").arg(result));

    return readVersion(db, schemaVersion);
}

QString LibraryCheck::readVersion(sqlite3 *db, int *schemaVersion)
{
    QString problem;
    if (schemaVersion) {
        *schemaVersion = -1;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            *schemaVersion = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
        if (*schemaVersion < 0)
            problem = tr("has no readable schema version: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    sqlite3_close(db);
    return problem;
}

} // namespace bitext
