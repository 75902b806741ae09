#include "ui/timeline/timelineaccessible.h"

#include "models/item/segmentmodel.h"
#include "ui/timeline/speakertimeline.h"
#include "ui/timeline/timelineturnaccessible.h"

namespace bitext::ui {

TimelineAccessible::TimelineAccessible(SpeakerTimeline *timeline)
    : QAccessibleWidget(timeline, QAccessible::List)
{
    // Turns are rebuilt when the segments or their data change: cached items would be stale.
    m_turns.clearOnChanges(timeline->segmentModel(), timeline, AccessibleChildren::RowsAndData);
}

void TimelineAccessible::installFactory()
{
    installAccessibleFactory<SpeakerTimeline, TimelineAccessible>();
}

void TimelineAccessible::currentTurnChanged(SpeakerTimeline *timeline)
{
    const int turn = timeline->currentTurn();
    if (turn < 0 || !QAccessible::isActive())
        return;
    QAccessibleEvent event(timeline, QAccessible::Selection);
    event.setChild(turn);
    QAccessible::updateAccessibility(&event);
}

SpeakerTimeline *TimelineAccessible::timeline() const
{
    return static_cast<SpeakerTimeline *>(widget());
}

QString TimelineAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name && widget()->accessibleName().isEmpty())
        return tr("Speaker timeline");
    if (t == QAccessible::Description && widget()->accessibleDescription().isEmpty()) {
        // The legend: each speaker's share of talk time.
        QStringList shares;
        for (const TurnSchedule::Lane &lane : timeline()->schedule().lanes())
            shares << tr("%1: %2% of talk time").arg(lane.name).arg(qRound(lane.share * 100));
        return shares.join(QStringLiteral("; "));
    }
    return QAccessibleWidget::text(t);
}

QAccessible::State TimelineAccessible::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    s.readOnly = true;
    return s;
}

int TimelineAccessible::childCount() const
{
    return int(timeline()->schedule().turns().size());
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    return m_turns.get(index, [this, index] { return new TimelineTurnAccessible(timeline(), index); });
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *turn = dynamic_cast<const TimelineTurnAccessible *>(child);
    return turn && turn->timeline() == timeline() && turn->isValid() ? turn->turn() : -1;
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    const QPoint pos = timeline()->mapFromGlobal(QPoint(x, y));
    for (int i = 0; i < childCount(); ++i) {
        if (timeline()->barRect(i).contains(pos))
            return child(i);
    }
    return nullptr;
}

} // namespace bitext::ui
