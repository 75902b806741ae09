// libFuzzer target: the REFI-QDA codebook reader (.qdc XML).
#include "models/import/refiqda/reficodebookparser.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace bitext;
    return fuzz::run([&] { RefiCodebookParser::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.qdc")); });
}
