#include "models/store/sqliteaccess.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <unistd.h>

#include <cerrno>
#endif

namespace bitext {

namespace {

enum class Denied { No, ReadOnlyDisk, Permission };

// Whether this process may write the file or folder: asked of the system rather than
// read from the permission bits, which say nothing of a read-only mount and hold no
// more for root.
Denied writeDenied(const QString &path)
{
#ifdef Q_OS_UNIX
    if (::access(QFile::encodeName(path).constData(), W_OK) == 0)
        return Denied::No;
    return errno == EROFS ? Denied::ReadOnlyDisk : Denied::Permission;
#else
    return QFileInfo(path).isWritable() ? Denied::No : Denied::Permission;
#endif
}

// A WAL library says so in its header (file format version bytes 18 and 19 are 2).
bool isWal(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.at(18) == 2 && header.at(19) == 2;
}

} // namespace

SqliteAccess SqliteAccess::of(const QString &path)
{
    SqliteAccess access;
    const QFileInfo info(path);
    if (!info.exists())
        return access;
    const Denied file = writeDenied(info.absoluteFilePath());
    const Denied folder = writeDenied(info.absolutePath());
    if (file == Denied::No && folder == Denied::No)
        return access;
    if (file == Denied::ReadOnlyDisk || folder == Denied::ReadOnlyDisk)
        access.reason = QCoreApplication::translate("Library", "it is on a read-only disk");
    else if (file == Denied::Permission)
        access.reason = QCoreApplication::translate("Library", "you have no permission to change its file");
    else
        access.reason = QCoreApplication::translate("Library", "you have no permission to write in its folder");
    // SQLite reads a WAL library read-only when its -wal and -shm files exist or can
    // be made in the folder (sqlite.org/wal.html, "Read-Only Databases"); otherwise only
    // opened immutable, which is right for a disk nobody writes to.
    const QString base = info.absoluteFilePath();
    const bool walFiles
        = QFileInfo::exists(base + QStringLiteral("-wal")) && QFileInfo::exists(base + QStringLiteral("-shm"));
    access.mode = folder != Denied::No && !walFiles && isWal(base) ? Mode::Immutable : Mode::ReadOnly;
    return access;
}

SqliteAccess SqliteAccess::fullDisk()
{
    SqliteAccess access;
    access.mode = Mode::Immutable;
    access.reason = QCoreApplication::translate("Library", "its disk is full");
    access.diskFull = true;
    return access;
}

bool SqliteAccess::noRoomFor(const QString &path)
{
    // Less than a WAL library needs to be opened and written at all (its -shm alone
    // takes 32 KiB).
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < 1024 * 1024;
}

QString SqliteAccess::databaseName(const QString &path) const
{
    if (mode != Mode::Immutable)
        return path;
    // A URI (QSQLITE_OPEN_URI): the path percent-encoded, so that '?' or '#' in it stay
    // part of the name.
    return QString::fromUtf8(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded())
        + QStringLiteral("?immutable=1");
}

QString SqliteAccess::connectOptions(int busyTimeoutMs) const
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly())
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (mode == Mode::Immutable)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    return options;
}

} // namespace bitext
