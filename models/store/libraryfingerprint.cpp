#include "models/store/libraryfingerprint.h"

#include "models/store/librarybackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace bitext {

namespace {

// One line per file: "name device inode size mtime ctime", or "name -" when absent.
QByteArray fileLine(const char *name, const QString &path, bool emptyIsAbsent)
{
    QByteArray line = QByteArray(name) + ' ';
#ifdef Q_OS_UNIX
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || (emptyIsAbsent && info.st_size == 0))
        return line + "-\n";
    const auto ns = [](const struct timespec &t) { return qint64(t.tv_sec) * 1000000000 + t.tv_nsec; };
    return line + QByteArray::number(quint64(info.st_dev)) + ' ' + QByteArray::number(quint64(info.st_ino)) + ' '
        + QByteArray::number(qint64(info.st_size)) + ' ' + QByteArray::number(ns(info.st_mtim)) + ' '
        + QByteArray::number(ns(info.st_ctim)) + '\n';
#else
    const QFileInfo info(path);
    if (!info.exists() || (emptyIsAbsent && info.size() == 0))
        return line + "-\n";
    return line + QByteArray::number(info.size()) + ' ' + QByteArray::number(info.lastModified().toMSecsSinceEpoch())
        + ' ' + QByteArray::number(info.metadataChangeTime().toMSecsSinceEpoch()) + '\n';
#endif
}

const char kVersion[] = "bitext library fingerprint 1\n";

} // namespace

QByteArray LibraryFingerprint::of(const QString &libraryPath)
{
    const QByteArray main = fileLine("file", libraryPath, false);
    if (main.endsWith("-\n"))
        return {};
    return kVersion + main + fileLine("wal", libraryPath + QStringLiteral("-wal"), true);
}

QByteArray LibraryFingerprint::recorded(const QString &libraryPath)
{
    QFile file(recordPath(libraryPath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(4096);
}

void LibraryFingerprint::record(const QString &libraryPath, const QByteArray &fingerprint)
{
    if (fingerprint.isEmpty() || recorded(libraryPath) == fingerprint)
        return;
    // A plain write, not QSaveFile: no fsync on every commit, and a record cut short or
    // mixed up by two processes writing at once matches no file, so it only costs a check.
    if (!QDir().mkpath(LibraryBackups::folderFor(libraryPath)))
        return;
    QFile file(recordPath(libraryPath));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(fingerprint);
}

bool LibraryFingerprint::unchanged(const QString &libraryPath)
{
    const QByteArray now = of(libraryPath);
    return !now.isEmpty() && now == recorded(libraryPath);
}

QString LibraryFingerprint::recordPath(const QString &libraryPath)
{
    return LibraryBackups::folderFor(libraryPath) + QStringLiteral("/.checked");
}

} // namespace bitext
