#include "tests/support/mounts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

#include <sqlite3.h>
#include <unistd.h>

#include <catch2/catch.hpp>

namespace bitext::test {

namespace {

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

const QFile::Permissions kReadOnlyDir
    = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
const QFile::Permissions kReadOnlyFile = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;

} // namespace

QString integrityCheck(const QString &path)
{
    sqlite3 *db = nullptr;
    const QByteArray uri = QByteArray("file:") + QFile::encodeName(path) + "?immutable=1";
    sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr);
    QString result;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return result;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool privateMountNamespace()
{
    // The link reads "mnt:[inode]"; privatemounts.sh put the one it made in the
    // environment (init's own cannot always be read, in a container).
    char target[128] = {};
    const ssize_t size = ::readlink("/proc/self/ns/mnt", target, sizeof(target) - 1);
    const QByteArray made = qgetenv("BITEXT_TEST_MOUNT_NS");
    return size > 0 && !made.isEmpty() && QByteArray(target, int(size)) == made;
}

ReadOnlyFolder::ReadOnlyFolder(const QString &dir)
    : m_dir(QDir(dir).absolutePath())
{
    if (::geteuid() == 0) {
        m_mounted = privateMountNamespace()
            && run(QStringLiteral("mount"),
                {QStringLiteral("--bind"), QStringLiteral("-o"), QStringLiteral("ro"), m_dir, m_dir});
        m_ok = m_mounted;
        if (!m_ok)
            WARN("cannot make a read-only folder here (root outside a private mount namespace)");
        return;
    }
    QDirIterator files(m_dir, QDir::Files | QDir::Hidden);
    while (files.hasNext())
        QFile::setPermissions(files.next(), kReadOnlyFile);
    m_ok = QFile::setPermissions(m_dir, kReadOnlyDir);
}

ReadOnlyFolder::~ReadOnlyFolder()
{
    if (m_mounted) {
        run(QStringLiteral("umount"), {m_dir});
        return;
    }
    if (!m_ok)
        return;
    QFile::setPermissions(m_dir, kReadOnlyDir | QFile::WriteOwner);
    QDirIterator files(m_dir, QDir::Files | QDir::Hidden);
    while (files.hasNext())
        QFile::setPermissions(files.next(), kReadOnlyFile | QFile::WriteOwner);
}

SmallDisk::SmallDisk(const QString &dir, int kilobytes)
    : m_dir(QDir(dir).absolutePath())
{
    QDir().mkpath(m_dir);
    m_ok = ::geteuid() == 0 && privateMountNamespace()
        && run(QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=%1k").arg(kilobytes), QStringLiteral("tmpfs"), m_dir});
    if (!m_ok)
        WARN("cannot mount a small disk here (needs root in a private mount namespace)");
}

SmallDisk::~SmallDisk()
{
    if (m_ok)
        run(QStringLiteral("umount"), {m_dir});
}

void SmallDisk::fill()
{
    QFile file(m_dir + QStringLiteral("/filler"));
    if (!file.open(QIODevice::Append | QIODevice::Unbuffered))
        return;
    // Ever smaller blocks until not even one byte fits.
    for (int block = 64 * 1024; block >= 1; block /= 4) {
        const QByteArray bytes(block, 'x');
        while (file.write(bytes) == block) { }
    }
}

void SmallDisk::makeRoom()
{
    QFile::remove(m_dir + QStringLiteral("/filler"));
}

} // namespace bitext::test
