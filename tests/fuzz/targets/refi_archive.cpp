// libFuzzer target: a REFI-QDA project archive (.qdpx): ZipReader on the bytes
// (written to a file of this process's own temporary folder, since libzip reads
// files), then project.qde, its source texts and Bitext's layout as the importer
// reads them.
#include "models/core/zipreader.h"
#include "tests/fuzz/fuzzinput.h"
#include "tests/fuzz/refiplan.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace bitext;
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.qdpx"));
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        std::abort();
    file.close();
    return fuzz::run([&] {
        ZipReader zip(path);
        if (!zip.contains(QStringLiteral("project.qde")))
            return;
        fuzz::planRefiProject(
            zip.read(QStringLiteral("project.qde")), path + QStringLiteral(":project.qde"), [&](const QString &entry) {
                return zip.contains(entry) ? std::optional<QByteArray>(zip.read(entry)) : std::nullopt;
            });
    });
}
