#pragma once

#include "ui/common/accessibleleaf.h"

#include <QCoreApplication>

namespace bitext::ui {

class SpeakerTimeline;

// One turn of the speaker timeline for screen readers: named by its speaker and times,
// selected when it holds the reader's current segment, and pressed to jump there.
class TimelineTurnAccessible : public AccessibleLeaf, public QAccessibleActionInterface
{
    Q_DECLARE_TR_FUNCTIONS(TimelineTurnAccessible)

public:
    TimelineTurnAccessible(SpeakerTimeline *timeline, int turn);

    int turn() const { return m_turn; }
    SpeakerTimeline *timeline() const;

    bool isValid() const override;
    QString text(QAccessible::Text t) const override;
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    int m_turn;
};

} // namespace bitext::ui
