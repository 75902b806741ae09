#include "models/text/script.h"

#include <QVector>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace bitext {

bool isHan(char32_t c)
{
    // ASCII first: English text asks this of every letter, and ICU's lookup is a call.
    if (c < 0x80)
        return false;
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(UChar32(c), &status) == USCRIPT_HAN && U_SUCCESS(status);
}

bool isLatinLetter(char32_t c)
{
    if (c < 0x80)
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
    UErrorCode status = U_ZERO_ERROR;
    return u_isalpha(UChar32(c)) && uscript_getScript(UChar32(c), &status) == USCRIPT_LATIN && U_SUCCESS(status);
}

QString fromCodePoints(const uint *data, int size)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(data), size);
#else
    return QString::fromUcs4(data, size);
#endif
}

Script dominantScript(const QString &text)
{
    int han = 0;
    int latin = 0;
    int cjkPunctuation = 0;
    for (const char32_t c : text.toUcs4()) {
        if (isHan(c))
            ++han;
        else if (isLatinLetter(c))
            ++latin;
        else if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF1F))
            ++cjkPunctuation;
    }
    if (han == 0 && latin == 0)
        return Script::None;
    // English is never punctuated with 。，？ -- "bug。" is a Chinese sentence's end.
    if (cjkPunctuation > 0 && han == 0)
        return Script::Han;
    han += cjkPunctuation;
    // An average English word is about five letters.
    return han * 5 >= latin ? Script::Han : Script::Latin;
}

namespace {

int latinWords(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const char32_t c : text.toUcs4()) {
        const bool letter = isLatinLetter(c);
        if (letter && !inWord)
            ++words;
        inWord = letter || (inWord && (c == U'\'' || c == U'-'));
    }
    return words;
}

} // namespace

bool splitAtScriptBoundary(const QString &text, QString &zh, QString &en)
{
    const QVector<uint> ucs = text.toUcs4();
    int firstHan = -1, lastHan = -1, firstLatin = -1, lastLatin = -1;
    for (int i = 0; i < ucs.size(); ++i) {
        const char32_t c = ucs.at(i);
        if (isHan(c)) {
            if (firstHan < 0)
                firstHan = i;
            lastHan = i;
        } else if (isLatinLetter(c)) {
            if (firstLatin < 0)
                firstLatin = i;
            lastLatin = i;
        }
    }
    if (firstHan < 0 || firstLatin < 0)
        return false;
    int cut = -1;
    bool zhFirst = true;
    if (firstLatin > lastHan) {
        // Chinese then English: the Chinese part keeps its closing punctuation.
        cut = lastHan + 1;
        while (cut < firstLatin && !QChar::isSpace(ucs.at(cut)) && !u_isalnum(UChar32(ucs.at(cut))))
            ++cut;
    } else if (lastLatin < firstHan) {
        zhFirst = false;
        cut = firstHan;
    } else {
        return false;
    }
    const QString first = fromCodePoints(ucs.constData(), cut).trimmed();
    const QString second = fromCodePoints(ucs.constData() + cut, int(ucs.size()) - cut).trimmed();
    const QString &english = zhFirst ? second : first;
    if (latinWords(english) < 3 || first.isEmpty() || second.isEmpty())
        return false;
    zh = zhFirst ? first : second;
    en = english;
    return true;
}

} // namespace bitext
