// libFuzzer target: TextDecoder (encoding detection and strict conversion), with
// the contract it gives the parsers checked: LF line ends only.
#include "models/text/textdecoder.h"
#include "tests/fuzz/fuzzinput.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace bitext;
    return fuzz::run([&] {
        const TextDecoder::Result result = TextDecoder::decode(fuzz::bytes(data, size), QStringLiteral("fuzz.txt"));
        if (result.text.contains(QLatin1Char('\r')) || result.encoding.isEmpty())
            std::abort();
    });
}
