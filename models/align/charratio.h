#pragma once

#include "models/domain/segment.h"

#include <QList>

namespace bitext {

// How many Chinese characters a translation spends per English character, the scale
// LengthAligner compares lengths with; estimated from the library's bilingual pairs.
class CharRatio
{
public:
    // Measured on the seeds 000, 001 and 003 (median of their pairs' ratios).
    static constexpr double kDefault = 0.30;
    // Fewer bilingual pairs than this and the estimate falls back to kDefault.
    static constexpr int kMinimumPairs = 20;

    static double estimate(const QList<Segment> &segments);
    // The characters that count on each side: letters and digits, no spaces or punctuation;
    // on the Chinese side a Latin letter or digit counts as much as in English.
    static double countedLength(const QString &text, Side side);
};

} // namespace bitext
