// libFuzzer target: the speaker-turns transcript parser.
#include "tests/fuzz/parserfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return bitext::fuzz::parseAs("speaker-turns", "fuzz.md", data, size);
}
