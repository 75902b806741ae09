#pragma once

#include "models/align/alignunit.h"
#include "models/domain/segment.h"

#include <QList>
#include <QVector>

namespace bitext {

// The segments an alignment makes: each pair's Chinese and English inputs joined into
// one segment (Chinese without a separator, English with a space), and where every
// input segment's text landed, so annotations on it can be moved by exact offsets.
class PairedSegments
{
public:
    // Where an input segment's text starts in the result: row and code-point offset.
    struct Place
    {
        int row = -1;
        int offset = 0;
    };

    // sectionSide: the side whose segments carry the document's sections and source
    // lines; a row without it keeps the section of the row before.
    PairedSegments(
        const QList<Segment> &zh, const QList<Segment> &en, const QList<AlignedPair> &pairs, Side sectionSide);

    const QList<Segment> &segments() const { return m_segments; }
    // Indexed like the inputs of that side; row -1 for an input no pair names.
    Place place(Side side, int input) const;
    // Pairs below AlignmentQuality::kReviewBelow.
    int lowConfidence() const { return m_lowConfidence; }

private:
    QList<Segment> m_segments;
    QVector<Place> m_zhPlaces;
    QVector<Place> m_enPlaces;
    int m_lowConfidence = 0;
};

} // namespace bitext
