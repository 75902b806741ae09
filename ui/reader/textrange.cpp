#include "ui/reader/textrange.h"

#include <utility>

namespace bitext::ui {

TextRange TextRange::normalized() const
{
    TextRange r = *this;
    if (r.endRow < r.startRow || (r.endRow == r.startRow && r.endOffset < r.startOffset)) {
        std::swap(r.startRow, r.endRow);
        std::swap(r.startOffset, r.endOffset);
    }
    return r;
}

bool TextRange::rowSpan(int row, int length, int *from, int *to) const
{
    const TextRange r = normalized();
    if (r.isEmpty() || row < r.startRow || row > r.endRow)
        return false;
    *from = row == r.startRow ? qBound(0, r.startOffset, length) : 0;
    *to = row == r.endRow ? qBound(0, r.endOffset, length) : length;
    return *to > *from;
}

int codePointOffset(const QString &text, int utf16Offset)
{
    int points = 0;
    const int end = qMin(utf16Offset, int(text.size()));
    for (int i = 0; i < end; ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++points;
    }
    return points;
}

int utf16Offset(const QString &text, int codePointOffset)
{
    int points = 0;
    int i = 0;
    for (; i < text.size() && points < codePointOffset; ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++points;
    }
    return i;
}

} // namespace bitext::ui
