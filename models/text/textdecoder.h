#pragma once

#include <QByteArray>
#include <QString>

namespace bitext {

// Turns a file's bytes into text: detects the encoding (BOM, strict UTF-8, else
// ICU's charset detector for GB18030/GBK, Big5, ...), converts with ICU converters
// that stop at the first illegal sequence, and normalises CR and CRLF to LF.
// Failures throw Error "FILE:LINE: reason"; nothing is ever silently replaced.
class TextDecoder
{
public:
    struct Result
    {
        QString text;     // LF line ends, no BOM
        QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030", "Big5", ...
    };

    // Refused before decoding: a longer line is not a transcript, and splitting it
    // would take memory out of proportion to its use.
    static constexpr int kMaxLineBytes = 1 << 20;

    static Result decode(const QByteArray &bytes, const QString &fileName);
    // Decodes with a named ICU converter (strictly); used after detection and by tests.
    static QString convert(const QByteArray &bytes, const char *icuName, const QString &fileName, int skip = 0);

private:
    static QString detectLegacy(const QByteArray &bytes, const QString &fileName, int utf8ErrorOffset);
};

} // namespace bitext
