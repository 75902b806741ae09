// libFuzzer target: the Web Annotation / Hypothesis JSON reader.
#include "models/import/webannotation/webannotationreader.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace bitext;
    return fuzz::run([&] { WebAnnotationReader::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.json")); });
}
