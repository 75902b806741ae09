// libFuzzer target: the srt transcript parser.
#include "tests/fuzz/parserfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return bitext::fuzz::parseAs("srt", "fuzz.srt", data, size);
}
