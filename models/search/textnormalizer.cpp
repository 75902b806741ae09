#include "models/search/textnormalizer.h"

#include "models/core/error.h"
#include "models/text/hanvariants.h"

#include <QChar>
#include <QCoreApplication>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace bitext {

namespace {

bool mayNeedConversion(const QString &text)
{
    // OpenCC only changes Han characters; most English text can skip it.
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80 || c.isSurrogate())
            return true;
    }
    return false;
}

int codePointLength(const QString &text, int i)
{
    return text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate() ? 2 : 1;
}

// Where caseFold() writes: the folded text with, for each unit, the range of the
// original it came from (NormalizedText), or the folded text alone (indexing, which
// needs no way back and folds every segment of an import). copy() takes a run of
// whole code points the fold leaves as they are; append() the output of one chunk.
struct WithOffsets
{
    NormalizedText &out;
    void reserve(int size)
    {
        out.text.reserve(size);
        out.originalStart.reserve(size);
        out.originalEnd.reserve(size);
    }
    void copy(const QChar *units, int from, int to)
    {
        out.text.append(units + from, to - from);
        for (int k = from; k < to;) {
            const int length = units[k].isHighSurrogate() && k + 1 < to && units[k + 1].isLowSurrogate() ? 2 : 1;
            for (int u = 0; u < length; ++u) {
                out.originalStart.append(k);
                out.originalEnd.append(k + length);
            }
            k += length;
        }
    }
    void append(const QChar *units, int count, int start, int end)
    {
        out.text.append(units, count);
        for (int k = 0; k < count; ++k) {
            out.originalStart.append(start);
            out.originalEnd.append(end);
        }
    }
};

struct TextOnly
{
    QString &out;
    void reserve(int size) { out.reserve(size); }
    void copy(const QChar *units, int from, int to)
    {
        if (to > from)
            out.append(units + from, to - from);
    }
    void append(const QChar *units, int count, int, int) { out.append(units, count); }
};

} // namespace

struct TextNormalizer::Private
{
    const icu::Normalizer2 *nfkcCasefold = nullptr;
    const HanVariants *variants = nullptr; // Traditional -> Simplified, character by character
};

const TextNormalizer &TextNormalizer::instance()
{
    static const TextNormalizer normalizer;
    return normalizer;
}

TextNormalizer::TextNormalizer()
    : m_d(new Private)
{
    UErrorCode status = U_ZERO_ERROR;
    m_d->nfkcCasefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status) || !m_d->nfkcCasefold)
        throw Error(QCoreApplication::translate("TextNormalizer", "ICU's NFKC case-folding data are missing: %1")
                        .arg(QString::fromLatin1(u_errorName(status))));
    m_d->variants = &HanVariants::instance();
}

TextNormalizer::~TextNormalizer() = default;

// NFKC_Casefold, one normalisation chunk at a time so that every output unit maps
// to the chunk of the original it came from.
template<typename Sink> void TextNormalizer::caseFold(const QString &text, Sink &&out) const
{
    out.reserve(int(text.size()));
    const icu::Normalizer2 &nfkc = *m_d->nfkcCasefold;
    const QChar *units = text.constData();
    const int n = int(text.size());
    int run = 0; // start of the code points since the last change, copied as they are
    int i = 0;
    while (i < n) {
        const QChar c = units[i];
        const char16_t unit = c.unicode();
        // Fast paths: ASCII before a character that cannot combine with it (only
        // capitals change), and characters NFKC_Casefold leaves alone (inert: nothing
        // before or after can combine with them). Latin letters are not inert (a
        // combining accent may follow), so without the first every letter of English
        // text went through ICU one by one.
        const bool nextIsStarter = i + 1 >= n || units[i + 1].unicode() < 0x300;
        if (unit < 0x80 && nextIsStarter) {
            if (unit >= u'A' && unit <= u'Z') {
                out.copy(units, run, i);
                const QChar lower(char16_t(unit + 32));
                out.append(&lower, 1, i, i + 1);
                run = i + 1;
            }
            ++i;
            continue;
        }
        const int length = codePointLength(text, i);
        const UChar32 cp = length == 2 ? UChar32(QChar::surrogateToUcs4(c, units[i + 1])) : UChar32(unit);
        if (nfkc.isInert(cp)) {
            i += length;
            continue;
        }
        out.copy(units, run, i);
        // Normalise one chunk from this boundary to the next, so combining marks
        // stay with their base character; all output maps to the whole chunk.
        int j = i + length;
        while (j < n) {
            const int l = codePointLength(text, j);
            const UChar32 next
                = l == 2 ? UChar32(QChar::surrogateToUcs4(units[j], units[j + 1])) : UChar32(units[j].unicode());
            if (nfkc.hasBoundaryBefore(next))
                break;
            j += l;
        }
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString source(false, reinterpret_cast<const UChar *>(units) + i, j - i);
        const icu::UnicodeString result = nfkc.normalize(source, status);
        if (U_FAILURE(status))
            out.append(units + i, j - i, i, j);
        else
            out.append(reinterpret_cast<const QChar *>(result.getBuffer()), result.length(), i, j);
        i = j;
        run = j;
    }
    out.copy(units, run, n);
}

NormalizedText TextNormalizer::normalize(const QString &text) const
{
    NormalizedText folded;
    caseFold(text, WithOffsets {folded});
    toSimplified(folded.text);
    return folded;
}

QString TextNormalizer::fold(const QString &text) const
{
    QString folded;
    caseFold(text, TextOnly {folded});
    toSimplified(folded);
    return folded;
}

void TextNormalizer::toSimplified(QString &text) const
{
    if (!mayNeedConversion(text))
        return;
    for (QChar &c : text)
        c = m_d->variants->simplified(c);
}

} // namespace bitext
