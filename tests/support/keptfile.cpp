#include "tests/support/keptfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace bitext::test {

KeptFile::KeptFile(const QString &path)
    : m_path(path)
    , m_bytes(read(path))
    , m_entries(entries(QFileInfo(path).absolutePath()))
{
}

bool KeptFile::isUnchanged() const
{
    return QFileInfo(m_path).isFile() && read(m_path) == m_bytes;
}

QStringList KeptFile::newEntries() const
{
    QStringList added;
    for (const QString &name : entries(QFileInfo(m_path).absolutePath())) {
        if (!m_entries.contains(name))
            added << name;
    }
    return added;
}

QByteArray KeptFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool KeptFile::write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList KeptFile::entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace bitext::test
