#include "ui/align/alignmentmark.h"

#include "models/align/alignmentquality.h"
#include "models/item/itemroles.h"
#include "models/item/segmentmodel.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace bitext::ui {

bool AlignmentMark::needsReview(const SegmentModel &model, int row)
{
    const QVariant confidence = model.index(row).data(ItemRole::ConfidenceRole);
    return confidence.isValid() && AlignmentQuality::needsReview(confidence.toDouble());
}

AlignmentMark::Kind AlignmentMark::of(const SegmentModel &model, int row)
{
    if (row < 0 || row >= model.rowCount())
        return Kind::None;
    if (model.index(row).data(ItemRole::UntranslatedRole).toBool())
        return Kind::Untranslated;
    return needsReview(model, row) ? Kind::Review : Kind::None;
}

QString AlignmentMark::toolTip(const SegmentModel &model, int row)
{
    switch (of(model, row)) {
    case Kind::Review: {
        const int percent = qRound(100 * model.index(row).data(ItemRole::ConfidenceRole).toDouble());
        return tr("Paired automatically with %1% confidence: check that both sides say the same.").arg(percent);
    }
    case Kind::Untranslated:
        return tr("Marked as untranslated: this passage has no counterpart in the other language.");
    case Kind::None:
        break;
    }
    return QString();
}

void AlignmentMark::paint(QPainter &painter, const QRect &gutter, Kind kind, const QPalette &palette)
{
    if (kind == Kind::None || gutter.width() < 4)
        return;
    painter.save();
    const qreal size = qMin<qreal>(gutter.width() * 0.6, 9);
    const QPointF centre(gutter.center().x() + 0.5, gutter.top() + size);
    if (kind == Kind::Review) {
        // Amber, as a warning that is not an error; a hollow diamond stays quiet.
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        painter.setPen(QPen(dark ? QColor(240, 180, 60) : QColor(190, 120, 0), 1.5));
        painter.setBrush(Qt::NoBrush);
        QPainterPath diamond;
        diamond.moveTo(centre.x(), centre.y() - size / 2);
        diamond.lineTo(centre.x() + size / 2, centre.y());
        diamond.lineTo(centre.x(), centre.y() + size / 2);
        diamond.lineTo(centre.x() - size / 2, centre.y());
        diamond.closeSubpath();
        painter.drawPath(diamond);
    } else {
        QPen pen(palette.color(QPalette::PlaceholderText), 2, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(centre.x(), gutter.top() + 2), QPointF(centre.x(), gutter.bottom() - 2));
    }
    painter.restore();
}

} // namespace bitext::ui
