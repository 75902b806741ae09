#pragma once

// Shared by the libFuzzer targets (tests/fuzz/targets): how fuzz bytes become the
// text a reader gets, and which failures are the reader's ordinary refusals.

#include "models/core/error.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace bitext::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), int(size));
}

// Decoded text as TextDecoder hands it to the parsers: LF line ends only. Invalid
// UTF-8 becomes U+FFFD, so every input reaches the parser (the decoder itself has
// its own target).
inline QString text(const uint8_t *data, size_t size)
{
    QString t = QString::fromUtf8(reinterpret_cast<const char *>(data), int(size));
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return t;
}

// Runs a reader; an Error is the reader refusing bad input, which is fine. Any
// other exception escapes and aborts: libFuzzer reports it as a crash.
template<typename F> int run(F &&f)
{
    try {
        f();
    } catch (const Error &) {
    }
    return 0;
}

} // namespace bitext::fuzz
