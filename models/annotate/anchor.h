#pragma once

#include "models/annotate/sidetext.h"
#include "models/domain/annotation.h"

namespace bitext {

// Anchors annotations to text and finds them again: a new annotation gets its
// position (segment + code-point offsets) and its exact quote with ~32 code points
// of prefix and suffix (the W3C TextQuoteSelector idea); resolving tries the stored
// position first, then the quote with its context, and otherwise reports the
// annotation orphaned rather than guessing a place.
class Anchor
{
public:
    static constexpr int ContextLength = 32; // code points of prefix and of suffix

    enum class Status {
        AtPosition, // the stored position still holds the quote
        ByQuote,    // found elsewhere by quote and context
        Orphaned,   // not found, or not found unambiguously
    };

    struct Resolution
    {
        Status status = Status::Orphaned;
        SideText::Point start;
        SideText::Point end;
        qint64 startSegmentId = 0;
        qint64 endSegmentId = 0;
    };

    // An annotation (id 0, no tags, no colour) for the range from (startRow,
    // startOffset) to (endRow, endOffset) of `text`, offsets in code points, the end
    // exclusive. Throws Error for an empty or out-of-range selection.
    static Annotation create(const SideText &text, qint64 documentId, SideText::Point start, SideText::Point end);
    // The same from UTF-16 positions into text() (what a QTextCursor gives).
    static Annotation createFromPositions(const SideText &text, qint64 documentId, int startPosition, int endPosition);
    // The same from a reader pane's selection: UTF-16 indexes into the start and end
    // rows' own texts.
    static Annotation createFromRows(const SideText &text, qint64 documentId, int startRow, int startIndex, int endRow,
                                     int endIndex);

    // Where `annotation` is in `text` now. hintRow (e.g. the old start row) breaks
    // ties between equally good quote matches; without one, ties are orphaned.
    static Resolution resolve(const SideText &text, const Annotation &annotation, int hintRow = -1);
    // `annotation` moved to the resolution's place (or marked orphaned, keeping its
    // quote and context so it can be found later), prefix and suffix refreshed.
    static Annotation reanchored(const SideText &text, const Annotation &annotation, const Resolution &resolution);

    // Convenience for the reader: the UTF-16 range [start, end) of an annotation
    // within one segment's text, or an empty pair when it does not touch the row.
    static QPair<int, int> rangeInRow(const SideText &text, const Annotation &annotation, int row);

private:
    static int contextScore(const QString &text, int from, int to, const Annotation &annotation);
};

} // namespace bitext
