#include "models/search/textnormalizer.h"

#include "models/core/error.h"

#include <QChar>
#include <QCoreApplication>
#include <QFile>

#include <opencc/SimpleConverter.hpp>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <exception>

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

int codePointCount(const QString &text)
{
    int count = 0;
    for (int i = 0; i < text.size(); i += codePointLength(text, i))
        ++count;
    return count;
}

} // namespace

struct TextNormalizer::Private
{
    const icu::Normalizer2 *nfkcCasefold = nullptr;
    std::unique_ptr<opencc::SimpleConverter> t2s;
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
    const QString config = QStringLiteral(BITEXT_OPENCC_DATADIR "/t2s.json");
    try {
        m_d->t2s = std::make_unique<opencc::SimpleConverter>(QFile::encodeName(config).toStdString());
    } catch (const std::exception &e) {
        throw Error(QCoreApplication::translate("TextNormalizer", "Cannot load OpenCC's configuration %1: %2")
                        .arg(config, QString::fromLocal8Bit(e.what())));
    }
}

TextNormalizer::~TextNormalizer() = default;

NormalizedText TextNormalizer::normalize(const QString &text) const
{
    NormalizedText folded = caseFold(text);
    if (!mayNeedConversion(folded.text))
        return folded;
    return toSimplified(folded);
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

QString TextNormalizer::convertHan(const QString &text) const
{
    return QString::fromStdString(m_d->t2s->Convert(text.toStdString()));
}

NormalizedText TextNormalizer::toSimplified(const NormalizedText &folded) const
{
    const QString &source = folded.text;
    const QString converted = convertHan(source);
    NormalizedText out;
    if (codePointCount(converted) == codePointCount(source)) {
        // The usual case: OpenCC replaced characters one for one.
        out.text.reserve(converted.size());
        int s = 0;
        for (int c = 0; c < converted.size();) {
            const int cl = codePointLength(converted, c);
            const int sl = codePointLength(source, s);
            appendUnits(out, converted.mid(c, cl), folded.originalStart.at(s), folded.originalEnd.at(s + sl - 1));
            c += cl;
            s += sl;
        }
        return out;
    }
    // A phrase changed length: convert character by character so every output
    // character still knows where it came from.
    for (int s = 0; s < source.size();) {
        const int sl = codePointLength(source, s);
        const QString piece = source.mid(s, sl);
        appendUnits(out, mayNeedConversion(piece) ? convertHan(piece) : piece, folded.originalStart.at(s),
                    folded.originalEnd.at(s + sl - 1));
        s += sl;
    }
    return out;
}

} // namespace bitext
