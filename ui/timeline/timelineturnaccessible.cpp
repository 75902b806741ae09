#include "ui/timeline/timelineturnaccessible.h"

#include "ui/common/clocktext.h"
#include "ui/timeline/speakertimeline.h"

namespace bitext::ui {

TimelineTurnAccessible::TimelineTurnAccessible(SpeakerTimeline *timeline, int turn)
    : AccessibleLeaf(timeline)
    , m_turn(turn)
{
}

SpeakerTimeline *TimelineTurnAccessible::timeline() const
{
    return static_cast<SpeakerTimeline *>(owner());
}

bool TimelineTurnAccessible::isValid() const
{
    return AccessibleLeaf::isValid() && m_turn < timeline()->schedule().turns().size();
}

QString TimelineTurnAccessible::text(QAccessible::Text t) const
{
    if (t != QAccessible::Name || !isValid())
        return {};
    const TurnSchedule &schedule = timeline()->schedule();
    const TurnSchedule::Turn &turn = schedule.turns().at(m_turn);
    QString start = clockText(turn.start);
    QString end = clockText(turn.end);
    if (schedule.estimated()) {
        // The same mark as the timeline's axis: times guessed from the text's length.
        start = SpeakerTimeline::tr("≈%1").arg(start);
        end = SpeakerTimeline::tr("≈%1").arg(end);
    }
    //: A turn on the speaker timeline, read by screen readers: speaker, start and end time.
    return tr("%1, %2 – %3").arg(schedule.lanes().at(turn.lane).name, start, end);
}

QRect TimelineTurnAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect bar = timeline()->barRect(m_turn);
    return QRect(timeline()->mapToGlobal(bar.topLeft()), bar.size());
}

QAccessible::State TimelineTurnAccessible::state() const
{
    QAccessible::State s;
    if (!isValid()) {
        s.invalid = true;
        return s;
    }
    s.selectable = true;
    s.readOnly = true;
    s.selected = timeline()->currentTurn() == m_turn;
    s.invisible = !timeline()->isVisible();
    s.offscreen = s.invisible;
    return s;
}

void *TimelineTurnAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
}

QStringList TimelineTurnAccessible::actionNames() const
{
    return {pressAction()};
}

void TimelineTurnAccessible::doAction(const QString &actionName)
{
    // As a click on the bar: the reader jumps to the turn's first segment.
    if (actionName == pressAction() && isValid())
        emit timeline()->rowActivated(timeline()->schedule().turns().at(m_turn).firstRow);
}

} // namespace bitext::ui
