#pragma once

namespace bitext {

// The one threshold below which an aligner's pairing is listed for a person to review.
class AlignmentQuality
{
public:
    static constexpr double kReviewBelow = 0.5;

    static bool needsReview(double confidence) { return confidence < kReviewBelow; }
};

} // namespace bitext
