// libFuzzer target: the name-colon transcript parser.
#include "tests/fuzz/parserfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return bitext::fuzz::parseAs("name-colon", "fuzz.txt", data, size);
}
