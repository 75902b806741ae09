// libFuzzer target: the markdown-article transcript parser.
#include "tests/fuzz/parserfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return bitext::fuzz::parseAs("markdown-article", "fuzz.md", data, size);
}
