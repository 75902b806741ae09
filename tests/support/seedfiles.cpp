#include "tests/support/seedfiles.h"

#include <QDir>
#include <QStringList>

#include <stdexcept>

namespace bitext::test {

QString seedPath(const QString &name)
{
    QString dir = qEnvironmentVariable("BITEXT_SEEDS");
    if (dir.isEmpty())
        dir = QStringLiteral(BITEXT_SOURCE_DIR "/../shared/seeds");
    return QDir(dir).absoluteFilePath(name);
}

QString seedFileByPrefix(const QString &prefix)
{
    const QDir dir(seedPath(QString()));
    const QStringList names = dir.entryList(QStringList {prefix + QStringLiteral("_*.txt")}, QDir::Files);
    if (names.isEmpty())
        throw std::runtime_error("seed missing: " + prefix.toStdString());
    return dir.absoluteFilePath(names.first());
}

} // namespace bitext::test
