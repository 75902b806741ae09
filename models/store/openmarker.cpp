#include "models/store/openmarker.h"

#include "models/store/librarybackups.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace bitext {

namespace {

const QString kPrefix = QStringLiteral(".open-");

// Changes at every start of the machine (Linux): a pid from before a reboot says nothing.
QByteArray bootId()
{
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

// "host\nboot id\n": what tells this machine's markers since its last start.
QByteArray identity()
{
    return QSysInfo::machineHostName().toUtf8() + '\n' + bootId() + '\n';
}

} // namespace

OpenMarker::OpenMarker(const QString &libraryPath)
{
    static QAtomicInteger<quint32> counter;
    const QString folder = LibraryBackups::folderFor(libraryPath);
    if (!QDir().mkpath(folder))
        return;
    const QString path = folder + QLatin1Char('/') + kPrefix
        + QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(identity()) >= 0 && file.commit())
        m_path = path;
}

OpenMarker::~OpenMarker()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

QStringList OpenMarker::markers(const QString &libraryPath)
{
    const QDir folder(LibraryBackups::folderFor(libraryPath));
    QStringList paths;
    const QStringList names = folder.entryList({kPrefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    for (const QString &name : names)
        paths << folder.filePath(name);
    return paths;
}

bool OpenMarker::isStale(const QString &marker)
{
    const QString name = marker.section(QLatin1Char('/'), -1);
    bool ok = false;
    const qint64 pid = name.mid(kPrefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
    QFile file(marker);
    if (!ok || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray written = file.readAll();
    const QByteArray here = identity();
    if (written.split('\n').value(0) != here.split('\n').value(0))
        return false; // another machine's (a shared folder): its processes cannot be seen
    if (written != here)
        return true; // this machine has restarted since
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(pid)
    return false;
#endif
}

QStringList OpenMarker::stale(const QString &libraryPath)
{
    QStringList found;
    for (const QString &marker : markers(libraryPath)) {
        if (isStale(marker))
            found << marker;
    }
    return found;
}

QStringList OpenMarker::live(const QString &libraryPath)
{
    QStringList found;
    for (const QString &marker : markers(libraryPath)) {
        if (!isStale(marker))
            found << marker;
    }
    return found;
}

void OpenMarker::remove(const QStringList &markers)
{
    for (const QString &marker : markers)
        QFile::remove(marker);
}

} // namespace bitext
