#include "models/export/atomicfile.h"

#include "models/core/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace bitext {

namespace {

Error cannotWrite(const QString &path, const QString &reason)
{
    return Error(QCoreApplication::translate("bitext::Export", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

void writeAll(QIODevice &device, const QByteArray &bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 written = device.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            throw Error(device.errorString());
        done += written;
    }
}

void saveAtomically(const QString &path, const std::function<void(QIODevice &)> &writer)
{
    // Unbuffered: each write reaches the file at once and its failure is recorded.
    // Buffered, the bytes of a small file are written only by commit(), whose flush
    // error Qt (6.4, 5.15) ignores: a full disk then replaced the old file with an
    // empty or cut one and reported success.
    const QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered;
    // A device or pipe (/dev/stdout, a FIFO) cannot be replaced by a rename, and
    // QSaveFile would swap it for a regular file: write to it directly.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        QFile device(path);
        if (!device.open(mode))
            throw cannotWrite(path, device.errorString());
        try {
            writer(device);
        } catch (const Error &error) {
            throw cannotWrite(path, error.message());
        }
        if (device.error() != QFileDevice::NoError)
            throw cannotWrite(path, device.errorString());
        return;
    }
    QSaveFile file(path);
    if (!file.open(mode))
        throw cannotWrite(path, file.errorString());
    try {
        writer(file);
    } catch (const Error &error) {
        file.cancelWriting();
        throw cannotWrite(path, error.message());
    }
    // A write the writer did not check still counts.
    if (file.error() != QFileDevice::NoError || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw cannotWrite(path, reason);
    }
    // commit() syncs and renames; it removes the temporary file when that fails.
    if (!file.commit())
        throw cannotWrite(path, file.errorString());
}

void writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    saveAtomically(path, [&bytes](QIODevice &file) { writeAll(file, bytes); });
}

} // namespace bitext
