#include "models/text/textdecoder.h"

#include "models/core/error.h"

#include <QCoreApplication>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <cstring>
#include <memory>

namespace bitext {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TextDecoder", text);
}

// 1-based line of a byte offset, counting LF (or a lone CR) in the given code unit width.
int lineAt(const QByteArray &bytes, int offset, int unitWidth = 1, bool bigEndian = false)
{
    int line = 1;
    const int end = qMin(offset, int(bytes.size()));
    for (int i = 0; i + unitWidth <= end; i += unitWidth) {
        const char c = unitWidth == 1 ? bytes.at(i) : (bigEndian ? (bytes.at(i) == 0 ? bytes.at(i + 1) : char(0xff))
                                                                  : (bytes.at(i + 1) == 0 ? bytes.at(i) : char(0xff)));
        if (c == '\n')
            ++line;
    }
    return line;
}

QString normaliseLineEnds(QString text)
{
    if (text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    return text;
}

bool looksBinary(const QByteArray &bytes)
{
    // NUL bytes never occur in 8-bit or UTF-8 text; a few other C0 controls are
    // tolerated (form feeds, escapes in pasted terminal output).
    const int probe = qMin(int(bytes.size()), 65536);
    int controls = 0;
    for (int i = 0; i < probe; ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
            ++controls;
    }
    return controls * 20 > probe;
}

struct ConverterCloser
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};

struct DetectorCloser
{
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};

} // namespace

QString TextDecoder::convert(const QByteArray &bytes, const char *icuName, const QString &fileName, int skip)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(icuName, &status));
    if (U_FAILURE(status))
        throw Error(tr("%1: the encoding %2 is not supported.").arg(fileName, QLatin1String(icuName)));
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);

    // No supported encoding needs more UTF-16 units than it has bytes (plus one for luck).
    QString result(bytes.size() - skip + 1, Qt::Uninitialized);
    UChar *target = reinterpret_cast<UChar *>(result.data());
    UChar *const targetStart = target;
    const char *source = bytes.constData() + skip;
    const char *const sourceEnd = bytes.constData() + bytes.size();
    ucnv_toUnicode(conv.get(), &target, targetStart + result.size(), &source, sourceEnd, nullptr, true, &status);
    if (U_FAILURE(status)) {
        char invalid[32];
        int8_t invalidLength = sizeof(invalid);
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(conv.get(), invalid, &invalidLength, &ignored);
        const int offset = int(source - bytes.constData()) - (U_SUCCESS(ignored) ? invalidLength : 0);
        const bool utf16 = std::strncmp(icuName, "UTF-16", 6) == 0;
        const int line = lineAt(bytes, offset, utf16 ? 2 : 1, std::strcmp(icuName, "UTF-16BE") == 0);
        QString bytesHex;
        for (int i = offset; i < qMin(int(bytes.size()), offset + qMax(1, int(invalidLength))); ++i)
            bytesHex += QStringLiteral("%1 ").arg(static_cast<unsigned char>(bytes.at(i)), 2, 16, QLatin1Char('0'));
        const QString reason = status == U_TRUNCATED_CHAR_FOUND
            ? tr("the file ends in the middle of a %1 character (truncated file?)").arg(QLatin1String(icuName))
            : tr("byte sequence %1is not valid %2").arg(bytesHex, QLatin1String(icuName));
        throw Error(QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(reason));
    }
    result.truncate(int(target - targetStart));
    return result;
}

QString TextDecoder::detectLegacy(const QByteArray &bytes, const QString &fileName, int utf8ErrorOffset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    ucsdet_setText(detector.get(), bytes.constData(), int(bytes.size()), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status) || count == 0)
        return QString();
    int utf8Confidence = 0;
    for (int i = 0; i < count; ++i) {
        if (std::strcmp(ucsdet_getName(matches[i], &status), "UTF-8") == 0)
            utf8Confidence = ucsdet_getConfidence(matches[i], &status);
    }
    for (int i = 0; i < count; ++i) {
        const char *name = ucsdet_getName(matches[i], &status);
        const int confidence = ucsdet_getConfidence(matches[i], &status);
        // Mostly valid UTF-8 with a bad spot is a damaged UTF-8 file, not a legacy one:
        // report the bad spot rather than guess.
        if (utf8Confidence >= confidence || confidence < 10)
            return QString();
        const bool wanted = std::strcmp(name, "GB18030") == 0 || std::strcmp(name, "Big5") == 0
            || std::strcmp(name, "EUC-KR") == 0 || std::strcmp(name, "Shift_JIS") == 0
            || std::strcmp(name, "EUC-JP") == 0 || std::strncmp(name, "windows-125", 11) == 0
            || std::strncmp(name, "ISO-8859-", 9) == 0;
        if (!wanted)
            continue;
        try {
            convert(bytes, name, fileName);
            return QLatin1String(name);
        } catch (const Error &) {
            continue; // the detector guessed; the next candidate may decode
        }
    }
    Q_UNUSED(utf8ErrorOffset)
    return QString();
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.isEmpty())
        throw Error(tr("%1:1: the file is empty.").arg(fileName));

    Result result;
    const auto starts = [&bytes](const char *bom, int size) {
        return bytes.size() >= size && std::memcmp(bytes.constData(), bom, size) == 0;
    };
    if (starts("\xff\xfe", 2) && !starts("\xff\xfe\0\0", 4)) {
        result.encoding = QStringLiteral("UTF-16LE");
        result.text = convert(bytes, "UTF-16LE", fileName, 2);
    } else if (starts("\xfe\xff", 2)) {
        result.encoding = QStringLiteral("UTF-16BE");
        result.text = convert(bytes, "UTF-16BE", fileName, 2);
    } else {
        if (looksBinary(bytes))
            throw Error(tr("%1:%2: this is a binary file, not text.")
                            .arg(fileName)
                            .arg(lineAt(bytes, int(bytes.indexOf('\0')))));
        // Checked on bytes so that a huge line is refused before it is decoded.
        int lineStart = 0;
        int line = 1;
        while (lineStart < bytes.size()) {
            const char *nl = static_cast<const char *>(
                std::memchr(bytes.constData() + lineStart, '\n', size_t(bytes.size() - lineStart)));
            const int lineEnd = nl ? int(nl - bytes.constData()) : int(bytes.size());
            if (lineEnd - lineStart > kMaxLineBytes)
                throw Error(tr("%1:%2: the line is %3 bytes long; lines over %4 bytes are refused (is this a transcript?).")
                                .arg(fileName)
                                .arg(line)
                                .arg(lineEnd - lineStart)
                                .arg(kMaxLineBytes));
            lineStart = lineEnd + 1;
            ++line;
        }
        const bool bom = starts("\xef\xbb\xbf", 3);
        try {
            result.text = convert(bytes, "UTF-8", fileName, bom ? 3 : 0);
            result.encoding = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
        } catch (const Error &) {
            const QString legacy = bom ? QString() : detectLegacy(bytes, fileName, 0);
            if (legacy.isEmpty())
                throw; // the UTF-8 error with its line
            result.encoding = legacy;
            result.text = convert(bytes, legacy.toLatin1().constData(), fileName);
        }
    }
    result.text = normaliseLineEnds(result.text);
    return result;
}

} // namespace bitext
