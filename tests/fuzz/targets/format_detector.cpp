// libFuzzer target: FormatDetector, on decoded text and on a file's first bytes,
// under the file names that steer it.
#include "models/import/formatdetector.h"
#include "tests/fuzz/fuzzinput.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace bitext;
    static const QStringList names {QStringLiteral("fuzz.txt"), QStringLiteral("fuzz.md"), QStringLiteral("fuzz.srt"),
        QStringLiteral("fuzz.vtt"), QStringLiteral("fuzz.json"), QStringLiteral("fuzz.qdc"),
        QStringLiteral("fuzz.qdpx"), QStringLiteral("fuzz")};
    const QString text = fuzz::text(data, size);
    const QByteArray head = fuzz::bytes(data, size);
    return fuzz::run([&] {
        for (const QString &name : names) {
            FormatDetector::detect(text, name);
            FormatDetector::exchangeFormat(head, name);
        }
    });
}
