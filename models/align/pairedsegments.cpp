#include "models/align/pairedsegments.h"

#include "models/align/alignmentquality.h"
#include "models/annotate/sidetext.h"

#include <algorithm>

namespace bitext {

namespace {

// Joins one side's inputs of a pair, recording where each starts.
QString joined(
    const QList<Segment> &inputs, const QList<int> &indexes, Side side, int row, QVector<PairedSegments::Place> &places)
{
    const QString separator = side == Side::Zh ? QString() : QStringLiteral(" ");
    QString text;
    int offset = 0;
    for (const int i : indexes) {
        if (i < 0 || i >= inputs.size())
            continue;
        if (!text.isEmpty()) {
            text += separator;
            offset += int(separator.size());
        }
        places[i] = {row, offset};
        const QString part = inputs.at(i).text(side);
        text += part;
        offset += SideText::codePointCount(part);
    }
    return text;
}

const Segment *first(const QList<Segment> &inputs, const QList<int> &indexes)
{
    for (const int i : indexes)
        if (i >= 0 && i < inputs.size())
            return &inputs.at(i);
    return nullptr;
}

} // namespace

PairedSegments::PairedSegments(
    const QList<Segment> &zh, const QList<Segment> &en, const QList<AlignedPair> &pairs, Side sectionSide)
    : m_zhPlaces(zh.size())
    , m_enPlaces(en.size())
{
    int section = -1;
    for (const AlignedPair &pair : pairs) {
        const int row = int(m_segments.size());
        Segment s;
        s.ordinal = row;
        s.zh = joined(zh, pair.zh, Side::Zh, row, m_zhPlaces);
        s.en = joined(en, pair.en, Side::En, row, m_enPlaces);
        if (s.zh.isEmpty() && s.en.isEmpty())
            continue;
        const Segment *firstZh = first(zh, pair.zh);
        const Segment *firstEn = first(en, pair.en);
        const Segment *main = sectionSide == Side::Zh ? (firstZh ? firstZh : firstEn) : (firstEn ? firstEn : firstZh);
        const bool mainIsSectionSide = main == (sectionSide == Side::Zh ? firstZh : firstEn);
        if (mainIsSectionSide && main->sectionOrdinal >= 0)
            section = main->sectionOrdinal;
        s.sectionOrdinal = section;
        s.sourceLine = main->sourceLine;
        // The speaker as the section side names it, else as the other does.
        const Segment *named = main->speaker.isEmpty() ? (main == firstZh ? firstEn : firstZh) : main;
        if (named && !named->speaker.isEmpty()) {
            s.speaker = named->speaker;
            s.speakerId = named->speakerId;
        }
        // Originals only where a side is one input, unchanged.
        if (pair.zh.size() == 1 && firstZh)
            s.zhOriginal = firstZh->zhOriginal;
        if (pair.en.size() == 1 && firstEn)
            s.enOriginal = firstEn->enOriginal;
        // The span of every input of the pair.
        const auto span = [&s](const QList<Segment> &inputs, const QList<int> &indexes) {
            for (const int i : indexes) {
                if (i < 0 || i >= inputs.size())
                    continue;
                const Segment &in = inputs.at(i);
                if (in.startMs && (!s.startMs || *in.startMs < *s.startMs))
                    s.startMs = in.startMs;
                if (in.endMs && (!s.endMs || *in.endMs > *s.endMs))
                    s.endMs = in.endMs;
            }
        };
        span(zh, pair.zh);
        span(en, pair.en);
        s.confidence = std::clamp(pair.confidence, 0.0, 1.0);
        if (*s.confidence < AlignmentQuality::kReviewBelow)
            ++m_lowConfidence;
        m_segments << s;
    }
}

PairedSegments::Place PairedSegments::place(Side side, int input) const
{
    const QVector<Place> &places = side == Side::Zh ? m_zhPlaces : m_enPlaces;
    return places.value(input);
}

} // namespace bitext
