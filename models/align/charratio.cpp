#include "models/align/charratio.h"

#include <algorithm>
#include <vector>

namespace bitext {

namespace {

// Pairs this short say little about the ratio ("Yes." / "对。").
constexpr double kMinimumEnglish = 20;

bool isLatinOrDigit(QChar c)
{
    return c.unicode() < 0x250 || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF5A);
}

} // namespace

double CharRatio::estimate(const QList<Segment> &segments)
{
    std::vector<double> ratios;
    for (const Segment &segment : segments) {
        const double en = countedLength(segment.en, Side::En);
        const double zh = countedLength(segment.zh, Side::Zh);
        if (en >= kMinimumEnglish && zh > 0)
            ratios.push_back(zh / en);
    }
    if (int(ratios.size()) < kMinimumPairs)
        return kDefault;
    // The median: a few mispaired or half-translated segments do not move it.
    const auto middle = ratios.begin() + ratios.size() / 2;
    std::nth_element(ratios.begin(), middle, ratios.end());
    return std::clamp(*middle, 0.1, 1.0);
}

double CharRatio::countedLength(const QString &text, Side side)
{
    double n = 0;
    for (const QChar c : text) {
        if (!c.isLetterOrNumber())
            continue;
        n += side == Side::Zh && isLatinOrDigit(c) ? kDefault : 1.0;
    }
    return n;
}

} // namespace bitext
