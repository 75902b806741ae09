#include "models/export/atomicfile.h"

#include "models/core/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace bitext {

void writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    const auto fail = [&path](const QString &reason) {
        return Error(QCoreApplication::translate("bitext::Export", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), reason));
    };
    // A device or pipe (/dev/stdout, a FIFO) cannot be replaced by a rename, and
    // QSaveFile would swap it for a regular file: write to it directly.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly) || device.write(bytes) != bytes.size() || !device.flush())
            throw fail(device.errorString());
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw fail(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw fail(reason);
    }
    // commit() flushes and renames; a full disk usually shows up only here.
    if (!file.commit())
        throw fail(file.errorString());
}

} // namespace bitext
