#include "models/align/segmentrepair.h"

#include "models/align/alignmentquality.h"
#include "models/align/sentencesplitter.h"
#include "models/annotate/sidetext.h"
#include "models/core/error.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"

#include <QCoreApplication>

#include <cmath>

namespace bitext {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SegmentRepair", text);
}

Side other(Side side)
{
    return side == Side::Zh ? Side::En : Side::Zh;
}

QString chopSpace(QString text)
{
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

QString dropSpace(const QString &text)
{
    int i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    return text.mid(i);
}

// A side's new text; the text before clean-up no longer matches it.
void setText(Segment &segment, Side side, const QString &text)
{
    if (segment.text(side) == text)
        return;
    (side == Side::Zh ? segment.zh : segment.en) = text;
    (side == Side::Zh ? segment.zhOriginal : segment.enOriginal).clear();
}

// A person re-paired the segment: no aligner's confidence any more, and the
// untranslated mark only while one side is still empty.
void repaired(Segment &segment, bool untranslated)
{
    segment.confidence.reset();
    segment.untranslated = untranslated && (segment.zh.isEmpty() || segment.en.isEmpty());
}

// Where the first sentence ends (the second starts), or the text's end for one sentence.
int afterFirstSentence(const QString &text, Side side)
{
    const QList<int> starts = SegmentRepair::sentenceStarts(text, side);
    return starts.size() > 1 ? starts.at(1) : int(text.size());
}

int lastSentenceStart(const QString &text, Side side)
{
    const QList<int> starts = SegmentRepair::sentenceStarts(text, side);
    return starts.size() > 1 ? starts.last() : 0;
}

} // namespace

SegmentRepair::SegmentRepair(Library &library)
    : m_library(library)
{
}

QList<int> SegmentRepair::sentenceStarts(const QString &text, Side side)
{
    if (text.trimmed().isEmpty())
        return {};
    QList<int> starts;
    int from = 0;
    const QStringList sentences = SentenceSplitter::split(text, side);
    for (const QString &sentence : sentences) {
        const int at = text.indexOf(sentence, from);
        if (at < 0)
            break; // not the text's own characters: the boundaries found so far
        starts << (starts.isEmpty() ? 0 : at);
        from = at + int(sentence.size());
    }
    return starts.isEmpty() ? QList<int> {0} : starts;
}

QString SegmentRepair::joined(const QString &a, const QString &b, Side side)
{
    if (a.isEmpty() || b.isEmpty() || a.back().isSpace() || b.front().isSpace())
        return a + b;
    // Below U+2E80 (CJK radicals on): Latin letters, digits and punctuation, which
    // need a space between sentences even inside Chinese text.
    const bool latin = a.back().unicode() < 0x2E80 && b.front().unicode() < 0x2E80;
    if (side == Side::En || latin)
        return a + QLatin1Char(' ') + b;
    return a + b;
}

bool SegmentRepair::canSplit(const Segment &segment, Side side, int offset)
{
    const QString &text = segment.text(side);
    const int cut = SideText::utf16Index(text, offset);
    return cut > 0 && cut < text.size() && !text.left(cut).trimmed().isEmpty() && !text.mid(cut).trimmed().isEmpty();
}

bool SegmentRepair::canMerge(const Segment *next)
{
    return next != nullptr;
}

bool SegmentRepair::canMoveFirstSentence(const Segment &segment, const Segment *previous, Side side)
{
    const QString &text = segment.text(side);
    if (!previous || text.trimmed().isEmpty())
        return false;
    // The segment must keep some text on one side.
    return afterFirstSentence(text, side) < text.size() || !segment.text(other(side)).isEmpty();
}

bool SegmentRepair::canMoveLastSentence(const Segment &segment, const Segment *next, Side side)
{
    const QString &text = segment.text(side);
    if (!next || text.trimmed().isEmpty())
        return false;
    return lastSentenceStart(text, side) > 0 || !segment.text(other(side)).isEmpty();
}

bool SegmentRepair::canMarkUntranslated(const Segment &segment)
{
    return segment.untranslated || segment.zh.isEmpty() != segment.en.isEmpty();
}

bool SegmentRepair::needsReview(const Segment &segment)
{
    return segment.confidence && *segment.confidence < AlignmentQuality::kReviewBelow;
}

SegmentRepair::Edit SegmentRepair::split(qint64 segmentId, Side side, int offset)
{
    const Run run = readRun(segmentId, 0, 1);
    const Segment &s = run.segments.first();
    if (!canSplit(s, side, offset))
        throw Error(tr("A segment can only be split inside its text, not at its very start or end."));
    const QString &text = s.text(side);
    const int cut = SideText::utf16Index(text, offset);
    const double fraction = double(cut) / double(text.size());

    // The other side at the sentence boundary nearest the same proportion.
    const QString &otherText = s.text(other(side));
    const QList<int> starts = sentenceStarts(otherText, other(side));
    int otherCut = int(otherText.size());
    if (starts.size() > 1) {
        otherCut = starts.at(1);
        for (int at : starts.mid(1)) {
            if (std::abs(at - fraction * otherText.size()) < std::abs(otherCut - fraction * otherText.size()))
                otherCut = at;
        }
    }
    Segment a = s;
    Segment b = s;
    b.id = 0;
    setText(a, side, chopSpace(text.left(cut)));
    setText(b, side, dropSpace(text.mid(cut)));
    setText(a, other(side), chopSpace(otherText.left(otherCut)));
    setText(b, other(side), dropSpace(otherText.mid(otherCut)));
    if (s.startMs && s.endMs) {
        const qint64 middle = *s.startMs + qint64(std::llround(double(*s.endMs - *s.startMs) * fraction));
        a.endMs = middle;
        b.startMs = middle;
    }
    repaired(a, s.untranslated);
    repaired(b, s.untranslated);
    return resplit(run, {a, b});
}

SegmentRepair::Edit SegmentRepair::mergeWithNext(qint64 segmentId)
{
    const Run run = readRun(segmentId, 0, 2);
    const Segment &s = run.segments.at(0);
    const Segment &next = run.segments.at(1);
    Segment merged = s;
    for (Side side : {Side::Zh, Side::En})
        setText(merged, side, joined(s.text(side), next.text(side), side));
    merged.startMs = s.startMs ? s.startMs : next.startMs;
    merged.endMs = next.endMs ? next.endMs : s.endMs;
    repaired(merged, s.untranslated || next.untranslated);
    return resplit(run, {merged});
}

SegmentRepair::Edit SegmentRepair::moveFirstSentenceToPrevious(qint64 segmentId, Side side)
{
    return moveSentence(segmentId, side, true);
}

SegmentRepair::Edit SegmentRepair::moveLastSentenceToNext(qint64 segmentId, Side side)
{
    return moveSentence(segmentId, side, false);
}

SegmentRepair::Edit SegmentRepair::moveSentence(qint64 segmentId, Side side, bool toPrevious)
{
    const Run run = readRun(segmentId, toPrevious ? 1 : 0, 2);
    Segment first = run.segments.at(0);
    Segment second = run.segments.at(1);
    const bool applies
        = toPrevious ? canMoveFirstSentence(second, &first, side) : canMoveLastSentence(first, &second, side);
    if (!applies)
        throw Error(tr("This segment has no sentence to move on that side."));
    // The boundary between the two segments' texts moves by one sentence.
    const QString text = (toPrevious ? second : first).text(side);
    const int cut = toPrevious ? afterFirstSentence(text, side) : lastSentenceStart(text, side);
    const QString head = chopSpace(text.left(cut));
    const QString tail = dropSpace(text.mid(cut));
    if (toPrevious) {
        setText(first, side, joined(first.text(side), head.trimmed(), side));
        setText(second, side, tail);
    } else {
        setText(second, side, joined(tail.trimmed(), second.text(side), side));
        setText(first, side, head);
    }
    repaired(first, first.untranslated);
    repaired(second, second.untranslated);
    return resplit(run, {first, second});
}

QList<Segment> SegmentRepair::setUntranslated(const QList<qint64> &segmentIds, bool untranslated)
{
    QList<Segment> before;
    QList<Segment> after;
    m_library.database().write([&] {
        before.clear();
        after.clear();
        for (qint64 id : segmentIds) {
            const std::optional<Segment> s = m_library.documents().segment(id);
            if (!s)
                throw Error(tr("The segment is no longer in the library."));
            before << *s;
            Segment changed = *s;
            changed.untranslated = untranslated;
            if (untranslated)
                changed.confidence.reset();
            after << changed;
        }
        restoreMarks(after);
    });
    return before;
}

QList<Segment> SegmentRepair::accept(const QList<qint64> &segmentIds)
{
    QList<Segment> before;
    m_library.database().write([&] {
        before.clear();
        QList<Segment> after;
        for (qint64 id : segmentIds) {
            const std::optional<Segment> s = m_library.documents().segment(id);
            if (!s)
                throw Error(tr("The segment is no longer in the library."));
            before << *s;
            after << *s;
            after.last().confidence.reset();
        }
        restoreMarks(after);
    });
    return before;
}

void SegmentRepair::restoreMarks(const QList<Segment> &segments)
{
    Database &db = m_library.database();
    db.write([&] {
        QList<qint64> documents;
        for (const Segment &s : segments) {
            db.exec(QStringLiteral("UPDATE segments SET untranslated = ?, confidence = ? WHERE id = ?"),
                {s.untranslated ? 1 : 0, s.confidence ? QVariant(*s.confidence) : nullReal(), s.id});
            if (!documents.contains(s.documentId))
                documents << s.documentId;
        }
        for (qint64 id : documents)
            db.record({Change::Kind::Document, Change::Op::Updated, id, id});
    });
}

} // namespace bitext
