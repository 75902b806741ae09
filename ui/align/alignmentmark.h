#pragma once

#include <QCoreApplication>
#include <QString>

class QPainter;
class QPalette;
class QRect;

namespace bitext {
class SegmentModel;
}

namespace bitext::ui {

// The reader's quiet mark beside a row whose pairing the aligner was unsure of (a small
// hollow diamond), or that is marked untranslated (a short dashed bar): read from the
// segment model's ConfidenceRole / UntranslatedRole, painted in the gutter left of the
// text, explained by its tooltip.
class AlignmentMark
{
    Q_DECLARE_TR_FUNCTIONS(AlignmentMark)

public:
    enum class Kind { None, Review, Untranslated };

    // Below this confidence a pair is listed for review (AlignmentQuality::kReviewBelow).
    static bool needsReview(const SegmentModel &model, int row);
    static Kind of(const SegmentModel &model, int row);
    // The tooltip of a row's mark ("Paired with 32% confidence…"); empty without a mark.
    static QString toolTip(const SegmentModel &model, int row);
    // Paints the mark centred in gutter (the strip left of the row's text).
    static void paint(QPainter &painter, const QRect &gutter, Kind kind, const QPalette &palette);
};

} // namespace bitext::ui
