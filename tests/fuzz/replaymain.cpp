// test_fuzz_replay: runs every fuzz target (linked in under its own name, see
// CMakeLists.txt) over its committed corpus and regressions, in every build, so a
// crash once found stays fixed where no libFuzzer is available (gcc, Qt 5).

#include "tests/fuzz/fuzzregistry.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR...  (each holding a folder per target)\n", argv[0]);
        return 2;
    }
    int total = 0;
    for (const bitext::fuzz::Target &target : bitext::fuzz::targets()) {
        int inputs = 0;
        for (int i = 1; i < argc; ++i) {
            const QDir dir(QFile::decodeName(argv[i]) + QLatin1Char('/') + QLatin1String(target.name));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                QFile file(dir.filePath(name));
                if (!file.open(QIODevice::ReadOnly)) {
                    std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
                    return 1;
                }
                const QByteArray bytes = file.readAll();
                std::fprintf(stderr, "%s: %s\n", target.name, qPrintable(file.fileName()));
                target.run(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
                ++inputs;
            }
        }
        std::printf("%-24s %5d inputs\n", target.name, inputs);
        total += inputs;
    }
    std::printf("%d inputs replayed, no crash\n", total);
    return 0;
}
