#include "models/core/inputfile.h"

#include "models/core/error.h"

#include <QFile>

namespace bitext {

QString InputFile::tooLargeMessage(const QString &path, qint64 bytes)
{
    // Rounded up: a file just over the limit must not read as "64 MiB; up to 64 MiB".
    const qint64 mebibytes = (bytes + (qint64(1) << 20) - 1) >> 20;
    return tr("%1: the file is %2 MiB; Bitext imports files of up to %3 MiB. Split it into smaller files and "
              "import them one by one.")
        .arg(path)
        .arg(mebibytes)
        .arg(kMaxBytes >> 20);
}

QByteArray InputFile::readAll(QFile &file, const QString &path)
{
    if (!file.isSequential() && file.size() - file.pos() > kMaxBytes)
        throw Error(tooLargeMessage(path, file.size()));
    QByteArray bytes;
    if (!file.isSequential())
        bytes.reserve(int(file.size() - file.pos()));
    // In chunks, so that a pipe, a device or a file growing while it is read stops at
    // the limit too.
    for (;;) {
        const QByteArray chunk = file.read(qint64(1) << 20);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                throw Error(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
            return bytes;
        }
        if (bytes.size() + chunk.size() > kMaxBytes)
            throw Error(tooLargeMessage(path, bytes.size() + chunk.size()));
        bytes.append(chunk);
    }
}

QByteArray InputFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    return readAll(file, path);
}

} // namespace bitext
