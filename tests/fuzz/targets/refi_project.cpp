// libFuzzer target: the REFI-QDA project reader (project.qde XML) and the planning
// of its documents from the texts it carries (PlainTextContent).
#include "tests/fuzz/fuzzinput.h"
#include "tests/fuzz/refiplan.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace bitext;
    return fuzz::run([&] {
        fuzz::planRefiProject(fuzz::bytes(data, size), QStringLiteral("fuzz.qdpx:project.qde"),
            [](const QString &) { return std::optional<QByteArray>(); });
    });
}
