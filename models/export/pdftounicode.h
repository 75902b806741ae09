#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace bitext {

// Repairs the ToUnicode CMaps of a PDF written by QPdfWriter. CJK fonts such as
// Noto Sans CJK draw a Kangxi or supplementary radical (U+2E80–U+2FDF) and the
// ideograph it looks like (U+2F00 ⼀ and U+4E00 一) with one glyph; Qt's CMap maps
// each glyph to the lowest code point that uses it, so the text layer says
// "⼀" where the document says "一" and search or copy in a viewer fails.
class PdfToUnicode
{
public:
    // Radical -> the ordinary ideograph sharing its glyph in one of the families
    // (Kangxi radicals fall back to their compatibility decomposition).
    static QHash<char16_t, char16_t> radicalEquivalents(const QStringList &families);

    // Rewrites every radical destination in the bfrange entries of the PDF's
    // ToUnicode CMaps (uncompressed in Qt's output) to its equivalent. Each code
    // is replaced by one of the same width, so no offset in the file moves.
    static QByteArray repair(QByteArray pdf, const QHash<char16_t, char16_t> &equivalents);
};

} // namespace bitext
