#pragma once

// One transcript parser (DocumentParser::create(format)) over fuzz text, the way
// ImportService calls it after decoding.

#include "models/import/documentparser.h"
#include "tests/fuzz/fuzzinput.h"

#include <cstdlib>

namespace bitext::fuzz {

inline int parseAs(const char *format, const char *fileName, const uint8_t *data, size_t size)
{
    static const std::unique_ptr<DocumentParser> parser = DocumentParser::create(QString::fromLatin1(format));
    if (!parser)
        std::abort(); // a target names a format that does not exist
    return run([&] { parser->parse(text(data, size), QString::fromLatin1(fileName)); });
}

} // namespace bitext::fuzz
