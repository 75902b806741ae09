#include "models/export/pdftounicode.h"

#include <QFont>
#include <QRawFont>
#include <QRegularExpression>
#include <QString>
#include <QVector>

#include <algorithm>

namespace bitext {

namespace {

constexpr char16_t kRadicalsFirst = 0x2E80;
constexpr char16_t kRadicalsLast = 0x2FDF;

bool isRadical(uint code)
{
    return code >= kRadicalsFirst && code <= kRadicalsLast;
}

// The <XXXX> codes of one bfrange destination ("<u>" or "[<u> <u> ...]"),
// replaced in place.
void repairDestination(char *begin, char *end, const QHash<char16_t, char16_t> &equivalents)
{
    for (char *p = begin; p + 5 < end + 1; ++p) {
        if (*p != '<' || p[5] != '>')
            continue;
        bool ok = false;
        const uint code = QByteArray(p + 1, 4).toUInt(&ok, 16);
        if (!ok || !isRadical(code))
            continue;
        const auto it = equivalents.constFind(char16_t(code));
        if (it == equivalents.constEnd())
            continue;
        const QByteArray hex = QByteArray::number(uint(it.value()), 16).toUpper().rightJustified(4, '0');
        std::copy(hex.constBegin(), hex.constEnd(), p + 1);
        p += 5;
    }
}

} // namespace

QHash<char16_t, char16_t> PdfToUnicode::radicalEquivalents(const QStringList &families)
{
    QHash<char16_t, char16_t> result;
    QString radicals;
    for (char16_t c = kRadicalsFirst; c <= kRadicalsLast; ++c)
        radicals.append(QChar(c));
    // CJK Unified Ideographs and Extension A: where the ordinary characters live.
    QString ideographs;
    for (char16_t c = 0x3400; c <= 0x9FFF; ++c)
        ideographs.append(QChar(c));

    for (const QString &family : families) {
        for (const bool bold : {false, true}) {
            QFont font(family);
            font.setBold(bold);
            const QRawFont raw = QRawFont::fromFont(font);
            if (!raw.isValid())
                continue;
            const QVector<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
            const QVector<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
            if (radicalGlyphs.size() != radicals.size() || ideographGlyphs.size() != ideographs.size())
                continue;
            QHash<quint32, char16_t> byGlyph;
            for (int i = 0; i < ideographs.size(); ++i) {
                if (ideographGlyphs.at(i) != 0 && !byGlyph.contains(ideographGlyphs.at(i)))
                    byGlyph.insert(ideographGlyphs.at(i), ideographs.at(i).unicode());
            }
            for (int i = 0; i < radicals.size(); ++i) {
                const auto it = byGlyph.constFind(radicalGlyphs.at(i));
                if (radicalGlyphs.at(i) != 0 && it != byGlyph.constEnd() && !result.contains(radicals.at(i).unicode()))
                    result.insert(radicals.at(i).unicode(), it.value());
            }
        }
    }
    for (int i = 0; i < radicals.size(); ++i) {
        const QString decomposed = QString(radicals.at(i)).normalized(QString::NormalizationForm_KC);
        if (decomposed.size() == 1 && !isRadical(decomposed.at(0).unicode())
            && !result.contains(radicals.at(i).unicode()))
            result.insert(radicals.at(i).unicode(), decomposed.at(0).unicode());
    }
    return result;
}

QByteArray PdfToUnicode::repair(QByteArray pdf, const QHash<char16_t, char16_t> &equivalents)
{
    // A bfrange entry: <first> <last> destination. A linear range (a single
    // destination for several glyphs) is left alone: it stands for consecutive
    // code points, which Qt only writes for runs of ten or more.
    static const QRegularExpression entry(QStringLiteral("^<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})> (.*)$"));
    char *data = pdf.data();
    qsizetype from = 0;
    while ((from = pdf.indexOf("beginbfrange\n", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endbfrange", from);
        if (end < 0)
            break;
        qsizetype line = from + qsizetype(sizeof("beginbfrange\n") - 1);
        while (line < end) {
            qsizetype lineEnd = pdf.indexOf('\n', line);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            const QRegularExpressionMatch match = entry.match(QString::fromLatin1(data + line, int(lineEnd - line)));
            if (match.hasMatch()) {
                const bool single = match.captured(1).compare(match.captured(2), Qt::CaseInsensitive) == 0;
                const bool array = match.captured(3).startsWith(QLatin1Char('['));
                if (single || array) {
                    const qsizetype destination = line + match.capturedStart(3);
                    repairDestination(data + destination, data + lineEnd, equivalents);
                }
            }
            line = lineEnd + 1;
        }
        from = end;
    }
    return pdf;
}

} // namespace bitext
