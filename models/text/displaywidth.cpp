#include "models/text/displaywidth.h"

#include <QVector>

#include <unicode/uchar.h>

namespace bitext {

namespace {

int charWidth(char32_t c)
{
    if (u_getCombiningClass(UChar32(c)) != 0 || c == 0x200B)
        return 0;
    const int width = u_getIntPropertyValue(UChar32(c), UCHAR_EAST_ASIAN_WIDTH);
    return (width == U_EA_WIDE || width == U_EA_FULLWIDTH) ? 2 : 1;
}

} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    const QVector<uint> codePoints = text.toUcs4();
    for (uint c : codePoints)
        width += charWidth(char32_t(c));
    return width;
}

QString fitToWidth(const QString &text, int columns)
{
    const QVector<uint> codePoints = text.toUcs4();
    QString result;
    int width = 0;
    const int total = displayWidth(text);
    const int budget = total > columns ? columns - 1 : columns;
    for (uint c : codePoints) {
        const int w = charWidth(char32_t(c));
        if (width + w > budget)
            break;
        const char32_t cp = char32_t(c);
        result += QString::fromUcs4(&cp, 1);
        width += w;
    }
    if (total > columns) {
        result += QChar(0x2026);
        ++width;
    }
    return result + QString(qMax(0, columns - width), QLatin1Char(' '));
}

} // namespace bitext
