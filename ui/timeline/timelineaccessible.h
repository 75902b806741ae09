#pragma once

#include "ui/common/accessiblechildren.h"

#include <QAccessibleWidget>
#include <QCoreApplication>

namespace bitext::ui {

class SpeakerTimeline;

// What screen readers see of the speaker timeline (issue 13): a list with an item per
// turn ("Speaker A, 1:20 – 2:05"), the turn of the reader's current segment selected,
// and each speaker's share of talk time as the description. Items are created when
// asked for and cached by turn; the cache is dropped whenever the turns are rebuilt.
class TimelineAccessible : public QAccessibleWidget
{
    Q_DECLARE_TR_FUNCTIONS(TimelineAccessible)

public:
    explicit TimelineAccessible(SpeakerTimeline *timeline);

    // Makes Qt's accessibility ask this class for every SpeakerTimeline (once per process).
    static void installFactory();
    // Reports the timeline's new current turn as its selected child.
    static void currentTurnChanged(SpeakerTimeline *timeline);

    SpeakerTimeline *timeline() const;
    int cachedTurnCount() const { return m_turns.size(); }

    QString text(QAccessible::Text t) const override;
    QAccessible::Role role() const override { return QAccessible::List; }
    QAccessible::State state() const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;

private:
    mutable AccessibleChildren m_turns; // by turn index
};

} // namespace bitext::ui
