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

void appendUnits(NormalizedText &out, const QString &units, int start, int end)
{
    out.text += units;
    for (int k = 0; k < units.size(); ++k) {
        out.originalStart.append(start);
        out.originalEnd.append(end);
    }
}

int codePointLength(const QString &text, int i)
{
    return text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate() ? 2 : 1;
}

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

TextNormalizer::TextNormalizer() : m_d(new Private)
{
    UErrorCode status = U_ZERO_ERROR;
    m_d->nfkcCasefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status) || !m_d->nfkcCasefold)
        throw Error(QCoreApplication::translate("TextNormalizer", "ICU's NFKC case-folding data are missing: %1")
                        .arg(QString::fromLatin1(u_errorName(status))));
    m_d->variants = &HanVariants::instance();
}

TextNormalizer::~TextNormalizer() = default;

NormalizedText TextNormalizer::normalize(const QString &text) const
{
    NormalizedText folded = caseFold(text);
    if (mayNeedConversion(folded.text)) {
        for (QChar &c : folded.text)
            c = m_d->variants->simplified(c);
    }
    return folded;
}

NormalizedText TextNormalizer::caseFold(const QString &text) const
{
    NormalizedText out;
    out.text.reserve(text.size());
    out.originalStart.reserve(text.size());
    out.originalEnd.reserve(text.size());
    const icu::Normalizer2 &nfkc = *m_d->nfkcCasefold;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        const char16_t unit = c.unicode();
        // Fast paths: ASCII capitals and characters NFKC_Casefold leaves alone
        // (inert: nothing before or after can combine with them).
        const bool nextIsStarter = i + 1 >= n || text.at(i + 1).unicode() < 0x300;
        if (unit >= u'A' && unit <= u'Z' && nextIsStarter) {
            appendUnits(out, QString(QChar(unit + 32)), i, i + 1);
            ++i;
            continue;
        }
        const int length = codePointLength(text, i);
        const UChar32 cp = length == 2 ? UChar32(QChar::surrogateToUcs4(c, text.at(i + 1))) : UChar32(unit);
        if (nfkc.isInert(cp)) {
            appendUnits(out, text.mid(i, length), i, i + length);
            i += length;
            continue;
        }
        // Normalise one chunk from this boundary to the next, so combining marks
        // stay with their base character; all output maps to the whole chunk.
        int j = i + length;
        while (j < n) {
            const int l = codePointLength(text, j);
            const UChar32 next = l == 2 ? UChar32(QChar::surrogateToUcs4(text.at(j), text.at(j + 1))) : UChar32(text.at(j).unicode());
            if (nfkc.hasBoundaryBefore(next))
                break;
            j += l;
        }
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString source(false, reinterpret_cast<const UChar *>(text.utf16()) + i, j - i);
        const icu::UnicodeString result = nfkc.normalize(source, status);
        if (U_FAILURE(status))
            appendUnits(out, text.mid(i, j - i), i, j);
        else
            appendUnits(out, QString(reinterpret_cast<const QChar *>(result.getBuffer()), result.length()), i, j);
        i = j;
    }
    return out;
}

} // namespace bitext
