#include "models/analysis/wordbreaker.h"

#include "models/core/error.h"
#include "models/text/hanvariants.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>

namespace bitext {

namespace {

icu::BreakIterator &iterator()
{
    // Creating an iterator loads its rules and the CJK dictionary: once per thread.
    thread_local std::unique_ptr<icu::BreakIterator> it;
    if (!it) {
        UErrorCode status = U_ZERO_ERROR;
        it.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status) || !it)
            throw Error(QStringLiteral("ICU has no word break iterator: %1").arg(QLatin1String(u_errorName(status))));
    }
    return *it;
}

} // namespace

QVector<WordToken> WordBreaker::words(const QString &text)
{
    QVector<WordToken> tokens;
    if (text.isEmpty())
        return tokens;
    icu::BreakIterator &it = iterator();
    // ICU's CJK dictionary (72) has many words only in their Traditional form: it splits
    // 对齐 into 对 齐 and 价值观 into 价值 观, but keeps 對齊 and 價值觀 whole. So it reads the
    // text turned Traditional character by character (one UTF-16 unit for one, so every
    // boundary is one of the text as written).
    const HanVariants &variants = HanVariants::instance();
    QString traditional = text;
    for (QChar &c : traditional)
        c = variants.traditional(c);
    UErrorCode status = U_ZERO_ERROR;
    UText *utext
        = utext_openUChars(nullptr, reinterpret_cast<const UChar *>(traditional.utf16()), traditional.size(), &status);
    it.setText(utext, status);
    const QString folded = fold(text);
    const QChar *chars = text.constData();
    int codePoint = 0; // code points before position `from`
    int from = 0;
    for (int32_t start = it.first(), end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
        for (; from < start; ++from) {
            if (!chars[from].isLowSurrogate())
                ++codePoint;
        }
        // UBRK_WORD_NONE (0..99) is space and punctuation; from 100 on, numbers,
        // letters, kana and ideographs.
        if (it.getRuleStatus() < UBRK_WORD_NONE_LIMIT)
            continue;
        int length = 0;
        for (int i = start; i < end; ++i) {
            if (!chars[i].isLowSurrogate())
                ++length;
        }
        tokens.append({codePoint, length, start, end - start, folded.mid(start, end - start)});
    }
    utext_close(utext);
    return tokens;
}

QString WordBreaker::fold(const QString &text)
{
    const HanVariants &variants = HanVariants::instance();
    QString folded = text.toCaseFolded();
    if (folded.size() != text.size())
        folded = text; // never seen with Qt's simple folding; offsets must carry over
    for (QChar &c : folded)
        c = variants.simplified(c);
    return folded;
}

} // namespace bitext
