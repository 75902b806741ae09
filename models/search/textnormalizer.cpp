#include "models/search/textnormalizer.h"

#include "models/core/error.h"

#include <QChar>
#include <QCoreApplication>
#include <QFile>

#include <opencc/SimpleConverter.hpp>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <exception>
#include <vector>

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

// Converts each character on its own, not phrase by phrase: folding must not
// depend on context, or a query (乾) could fold differently from the same
// characters inside a longer text (乾燥 -> 干燥) and miss it. One character in,
// one character out also keeps positions trivially mappable.
std::vector<char16_t> characterTable(const opencc::SimpleConverter &converter)
{
    std::vector<char16_t> table(0x10000);
    for (size_t i = 0; i < table.size(); ++i)
        table[i] = char16_t(i);
    QString input;
    const char16_t ranges[][2] = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
    for (const auto &range : ranges) {
        for (char32_t c = range[0]; c <= range[1]; ++c) {
            input += QChar(char16_t(c));
            input += QLatin1Char('\n');
        }
    }
    // One call for all characters, one per line (no phrase spans a line break).
    const QStringList lines = QString::fromStdString(converter.Convert(input.toStdString())).split(QLatin1Char('\n'));
    const QStringList sources = input.split(QLatin1Char('\n'));
    for (int i = 0; i < sources.size() && i < lines.size(); ++i) {
        if (sources.at(i).size() == 1 && lines.at(i).size() == 1)
            table[sources.at(i).at(0).unicode()] = lines.at(i).at(0).unicode();
    }
    return table;
}

} // namespace

struct TextNormalizer::Private
{
    const icu::Normalizer2 *nfkcCasefold = nullptr;
    // Traditional -> Simplified for every BMP character, built once with OpenCC.
    std::vector<char16_t> t2s;
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
        m_d->t2s = characterTable(opencc::SimpleConverter(QFile::encodeName(config).toStdString()));
    } catch (const std::exception &e) {
        throw Error(QCoreApplication::translate("TextNormalizer", "Cannot load OpenCC's configuration %1: %2")
                        .arg(config, QString::fromLocal8Bit(e.what())));
    }
}

TextNormalizer::~TextNormalizer() = default;

NormalizedText TextNormalizer::normalize(const QString &text) const
{
    NormalizedText folded = caseFold(text);
    if (mayNeedConversion(folded.text)) {
        for (QChar &c : folded.text)
            c = QChar(m_d->t2s[c.unicode()]);
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
