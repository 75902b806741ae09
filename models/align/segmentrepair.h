#pragma once

#include "models/domain/annotation.h"
#include "models/domain/segment.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace bitext {

class Library;

// Repairs a document's pairing by hand (the reader's Edit › Alignment commands): every
// operation re-splits a run of consecutive segments in one transaction. The two sides'
// text is kept, only the boundaries move (plus the space English needs where two
// segments are joined); segment ids are kept where they can be; the search index and
// the document's figures follow; and every annotation on the run moves by exact
// offset mapping (OffsetMap), so none is lost or orphaned. Each operation returns an
// Edit: the run before and after, which restore() puts back exactly (undo, redo).
class SegmentRepair
{
public:
    explicit SegmentRepair(Library &library);

    // A run of consecutive segments as stored, with the annotations on it (their anchors).
    struct Run
    {
        qint64 documentId = 0;
        int firstOrdinal = 0;
        QList<Segment> segments;
        QList<Annotation> annotations;
        QStringList languages; // of a whole document (whole()), restored with it; else empty
    };
    struct Edit
    {
        Run before;
        Run after;
    };

    // Each throws Error, saying why, when it does not apply (see the can* checks).
    // The cursor's side cut at the cursor (a code-point offset); the other side at the
    // sentence boundary nearest the same proportion, or whole in the first part when it
    // has one sentence.
    Edit split(qint64 segmentId, Side side, int offset);
    Edit mergeWithNext(qint64 segmentId);
    // One side's first sentence appended to the previous segment's, or its last
    // sentence put before the next segment's.
    Edit moveFirstSentenceToPrevious(qint64 segmentId, Side side);
    Edit moveLastSentenceToNext(qint64 segmentId, Side side);
    // Puts the run `from` (as stored now) back as `to`: the same ids, text, fields and
    // annotation anchors. Undo is restore(after, before), redo restore(before, after).
    void restore(const Run &from, const Run &to);
    // A whole document as a run, with its languages: read before and after a change that
    // rewrites all of it (a translation attached), it makes that change undoable too.
    Run whole(qint64 documentId);

    // Sets the untranslated mark (and, being a person's decision, clears the
    // confidence); returns each segment as it was, for restoreMarks().
    QList<Segment> setUntranslated(const QList<qint64> &segmentIds, bool untranslated);
    // A person confirmed the pairing: the confidence is cleared.
    QList<Segment> accept(const QList<qint64> &segmentIds);
    // The marks and confidences of these segments put back as given.
    void restoreMarks(const QList<Segment> &segments);

    // Whether an operation applies (for enabling the actions); `next`/`previous` are
    // the neighbours, null when there is none.
    static bool canSplit(const Segment &segment, Side side, int offset);
    static bool canMerge(const Segment *next);
    static bool canMoveFirstSentence(const Segment &segment, const Segment *previous, Side side);
    static bool canMoveLastSentence(const Segment &segment, const Segment *next, Side side);
    // A one-sided segment can be marked; a marked one unmarked.
    static bool canMarkUntranslated(const Segment &segment);
    static bool needsReview(const Segment &segment);

    // The offsets where each sentence of a side's text starts (UTF-16, the first 0).
    static QList<int> sentenceStarts(const QString &text, Side side);
    // a and b as one text: English (or Latin text on the Chinese side) gets a space.
    static QString joined(const QString &a, const QString &b, Side side);

private:
    // The run of `count` segments from the one with this id, as stored.
    Run readRun(qint64 segmentId, int before, int count);
    // Rewrites `from` as `target` (ids 0: new segments) in the current transaction;
    // annotations in `exact` get exactly those anchors, the others move by OffsetMap.
    // `resplit`: both sides keep their text (checked first); else (a translation attached
    // or taken back) only annotations not in `exact` need a side's text to be kept.
    Run write(const Run &from, QList<Segment> target, const QList<Annotation> &exact, bool resplit = true);
    Edit resplit(const Run &from, const QList<Segment> &target);
    Edit moveSentence(qint64 segmentId, Side side, bool toPrevious);

    Library &m_library;
};

} // namespace bitext
