#pragma once

#include "models/domain/segment.h"

#include <QString>

namespace bitext::ui {

// A text selection in the reader, on one side: from (row, offset) to (row, offset),
// offsets in UTF-16 units into that row's text (what QTextLayout speaks).
struct TextRange
{
    Side side = Side::Zh;
    int startRow = -1;
    int startOffset = 0;
    int endRow = -1;
    int endOffset = 0; // exclusive

    bool isEmpty() const { return startRow < 0 || (startRow == endRow && startOffset == endOffset); }
    // The same range with start before end.
    TextRange normalized() const;
    // The part of the range inside one row's text of `length` units, as [from, to).
    bool rowSpan(int row, int length, int *from, int *to) const;
};

// The same selection as the library stores it: segment ids and code-point offsets
// (Annotation::startOffset/endOffset), plus the selected text.
struct SegmentTextRange
{
    Side side = Side::Zh;
    qint64 startSegmentId = 0;
    int startOffset = 0;
    qint64 endSegmentId = 0;
    int endOffset = 0;
    QString text;

    bool isEmpty() const { return startSegmentId == 0; }
};

// Conversions between UTF-16 offsets and code-point offsets in a text (astral
// characters such as rare Han ideographs are two UTF-16 units but one code point).
int codePointOffset(const QString &text, int utf16Offset);
int utf16Offset(const QString &text, int codePointOffset);

} // namespace bitext::ui
