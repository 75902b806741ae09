#include "models/annotate/anchor.h"

#include "models/core/error.h"

#include <QCoreApplication>

#include <cstdlib>
#include <limits>

namespace bitext {

namespace {

// Up to `count` code points before/after a UTF-16 position, never splitting a pair.
QString before(const QString &text, int position, int count)
{
    int from = position;
    for (int n = 0; n < count && from > 0; ++n) {
        --from;
        if (from > 0 && text.at(from).isLowSurrogate() && text.at(from - 1).isHighSurrogate())
            --from;
    }
    return text.mid(from, position - from);
}

QString after(const QString &text, int position, int count)
{
    const QString rest = text.mid(position);
    const int length = SideText::utf16Index(rest, std::min(count, SideText::codePointCount(rest)));
    return rest.left(length);
}

} // namespace

Annotation Anchor::create(const SideText &text, qint64 documentId, SideText::Point start, SideText::Point end)
{
    const int from = text.position(start.row, start.offset);
    const int to = text.position(end.row, end.offset);
    if (from < 0 || to < 0)
        throw Error(QCoreApplication::translate("Anchor", "The selection lies outside the document's text."));
    if (to <= from)
        throw Error(QCoreApplication::translate("Anchor", "The selection is empty."));
    return createFromPositions(text, documentId, from, to);
}

Annotation Anchor::createFromPositions(const SideText &text, qint64 documentId, int startPosition, int endPosition)
{
    if (startPosition < 0 || endPosition > text.text().size() || endPosition <= startPosition)
        throw Error(QCoreApplication::translate("Anchor", "The selection is empty or lies outside the document's text."));
    const SideText::Point start = text.point(startPosition);
    SideText::Point end = text.point(endPosition);
    Annotation a;
    a.documentId = documentId;
    a.side = text.side();
    a.startSegmentId = text.segmentIdAt(start.row);
    a.startOffset = start.offset;
    a.endSegmentId = text.segmentIdAt(end.row);
    a.endOffset = end.offset;
    a.startSegmentOrdinal = start.row;
    a.endSegmentOrdinal = end.row;
    a.quote = text.text().mid(startPosition, endPosition - startPosition);
    a.prefix = before(text.text(), startPosition, ContextLength);
    a.suffix = after(text.text(), endPosition, ContextLength);
    return a;
}

Annotation Anchor::createFromRows(const SideText &text, qint64 documentId, int startRow, int startIndex, int endRow,
                                  int endIndex)
{
    const int startBase = text.position(startRow, 0);
    const int endBase = text.position(endRow, 0);
    if (startBase < 0 || endBase < 0 || startIndex < 0 || endIndex < 0
        || startIndex > text.segmentText(startRow).size() || endIndex > text.segmentText(endRow).size())
        throw Error(QCoreApplication::translate("Anchor", "The selection lies outside the document's text."));
    return createFromPositions(text, documentId, startBase + startIndex, endBase + endIndex);
}

int Anchor::contextScore(const QString &text, int from, int to, const Annotation &annotation)
{
    // Matching characters of prefix (from its end) and suffix (from its start).
    int score = 0;
    for (int i = 1; i <= annotation.prefix.size() && from - i >= 0; ++i) {
        if (text.at(from - i) != annotation.prefix.at(annotation.prefix.size() - i))
            break;
        ++score;
    }
    for (int i = 0; i < annotation.suffix.size() && to + i < text.size(); ++i) {
        if (text.at(to + i) != annotation.suffix.at(i))
            break;
        ++score;
    }
    return score;
}

Anchor::Resolution Anchor::resolve(const SideText &text, const Annotation &annotation, int hintRow)
{
    Resolution r;
    if (annotation.quote.isEmpty() || annotation.side != text.side())
        return r;
    const QString &all = text.text();

    // 1. The stored position, when it still holds the quote.
    const int idRow = text.rowOfSegment(annotation.startSegmentId);
    int startRow = idRow;
    int endRow = text.rowOfSegment(annotation.endSegmentId);
    // After a re-import the segments are new rows with new ids; the stored ordinals
    // (positions in the old version) are then the position to try first. They are no
    // hint for step 2: a quote that moved may be nearer to a wrong copy.
    if ((startRow < 0 || endRow < 0) && annotation.startSegmentOrdinal >= 0 && annotation.endSegmentOrdinal >= 0
        && annotation.endSegmentOrdinal < text.segmentCount()) {
        startRow = annotation.startSegmentOrdinal;
        endRow = annotation.endSegmentOrdinal;
    }
    if (startRow >= 0 && endRow >= 0) {
        const int from = text.position(startRow, annotation.startOffset);
        const int to = text.position(endRow, annotation.endOffset);
        if (from >= 0 && to > from && all.mid(from, to - from) == annotation.quote) {
            r.status = Status::AtPosition;
            r.start = {startRow, annotation.startOffset};
            r.end = {endRow, annotation.endOffset};
            r.startSegmentId = text.segmentIdAt(startRow);
            r.endSegmentId = text.segmentIdAt(endRow);
            return r;
        }
    }

    // 2. Every occurrence of the quote, the one with the best context wins.
    const int hint = idRow >= 0 ? idRow : hintRow;
    int best = -1;
    int bestScore = -1;
    int bestDistance = std::numeric_limits<int>::max();
    bool tie = false;
    for (int at = all.indexOf(annotation.quote); at >= 0; at = all.indexOf(annotation.quote, at + 1)) {
        const int score = contextScore(all, at, at + int(annotation.quote.size()), annotation);
        const int distance = hint >= 0 ? std::abs(text.point(at).row - hint) : 0;
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            tie = false;
            best = at;
            bestScore = score;
            bestDistance = distance;
        } else if (score == bestScore && distance == bestDistance) {
            tie = true;
        }
    }
    // Two places fit equally well: choosing one could misplace the annotation.
    if (best < 0 || tie)
        return r;
    r.status = Status::ByQuote;
    r.start = text.point(best);
    r.end = text.point(best + int(annotation.quote.size()));
    r.startSegmentId = text.segmentIdAt(r.start.row);
    r.endSegmentId = text.segmentIdAt(r.end.row);
    return r;
}

Annotation Anchor::reanchored(const SideText &text, const Annotation &annotation, const Resolution &resolution)
{
    if (resolution.status == Status::Orphaned) {
        Annotation orphan = annotation;
        orphan.orphaned = true;
        return orphan;
    }
    Annotation moved = create(text, annotation.documentId, resolution.start, resolution.end);
    moved.id = annotation.id;
    moved.color = annotation.color;
    moved.author = annotation.author;
    moved.created = annotation.created;
    moved.modified = annotation.modified;
    moved.tagIds = annotation.tagIds;
    moved.orphaned = false;
    return moved;
}

QPair<int, int> Anchor::rangeInRow(const SideText &text, const Annotation &annotation, int row)
{
    const int startRow = text.rowOfSegment(annotation.startSegmentId);
    const int endRow = text.rowOfSegment(annotation.endSegmentId);
    if (annotation.orphaned || startRow < 0 || endRow < 0 || row < startRow || row > endRow)
        return {};
    const QString segment = text.segmentText(row);
    const int from = row == startRow ? SideText::utf16Index(segment, annotation.startOffset) : 0;
    const int to = row == endRow ? SideText::utf16Index(segment, annotation.endOffset) : int(segment.size());
    if (from < 0 || to < 0 || to < from)
        return {};
    return {from, to};
}

} // namespace bitext
