#include "models/align/sentencesplitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <utility>

namespace bitext {

namespace {

// Marks that close a sentence inside a Chinese text which ICU's rules do not treat as
// terminators: the ellipsis (…… ends many spoken sentences).
bool isEllipsis(QChar c)
{
    return c == QChar(0x2026) || c == QChar(0x22EF);
}

bool isClosing(QChar c)
{
    switch (c.category()) {
    case QChar::Punctuation_Close:
    case QChar::Punctuation_FinalQuote:
        return true;
    default:
        return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QChar(0x201D) || c == QChar(0x2019);
    }
}

// ICU's sentence boundaries; the English locale's suppressions keep "Mr. Smith" whole.
QList<int> icuBoundaries(const QString &text, Side side)
{
    // Making an iterator loads its rules (a good part of a millisecond): one per side and thread.
    thread_local std::unique_ptr<icu::BreakIterator> iterators[2];
    std::unique_ptr<icu::BreakIterator> &it = iterators[side == Side::En ? 1 : 0];
    UErrorCode status = U_ZERO_ERROR;
    if (!it) {
        const icu::Locale locale(side == Side::En ? "en@ss=standard" : "zh");
        it.reset(icu::BreakIterator::createSentenceInstance(locale, status));
    }
    QList<int> boundaries;
    if (U_FAILURE(status) || !it) {
        boundaries.append(int(text.size()));
        return boundaries;
    }
    const icu::UnicodeString unicode(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    it->setText(unicode);
    for (int32_t pos = it->next(); pos != icu::BreakIterator::DONE; pos = it->next())
        boundaries.append(int(pos));
    return boundaries;
}

// Chinese ends after an ellipsis (and the quotes closing it) followed by more text.
QList<int> ellipsisBoundaries(const QString &text)
{
    QList<int> boundaries;
    for (int i = 0; i < text.size(); ++i) {
        if (!isEllipsis(text.at(i)))
            continue;
        int end = i;
        while (end < text.size() && (isEllipsis(text.at(end)) || isClosing(text.at(end))))
            ++end;
        int next = end;
        while (next < text.size() && text.at(next).isSpace())
            ++next;
        if (next < text.size() && text.at(next).isLetterOrNumber())
            boundaries.append(end);
        i = end;
    }
    return boundaries;
}

} // namespace

QStringList SentenceSplitter::split(const QString &text, Side side)
{
    QList<int> boundaries = icuBoundaries(text, side);
    if (side == Side::Zh) {
        boundaries += ellipsisBoundaries(text);
        std::sort(boundaries.begin(), boundaries.end());
    }
    QStringList sentences;
    int start = 0;
    for (const int end : std::as_const(boundaries)) {
        if (end <= start)
            continue;
        const QString sentence = text.mid(start, end - start).trimmed();
        if (!sentence.isEmpty())
            sentences.append(sentence);
        start = end;
    }
    const QString rest = text.mid(start).trimmed();
    if (!rest.isEmpty())
        sentences.append(rest);
    return sentences;
}

} // namespace bitext
