// libFuzzer target: the outline transcript parser.
#include "tests/fuzz/parserfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return bitext::fuzz::parseAs("outline", "fuzz.md", data, size);
}
