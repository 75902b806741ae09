#pragma once

#include <QAccessible>
#include <QCoreApplication>
#include <QPointer>

namespace bitext::ui {

class SpeakerTimeline;

// One turn of the speaker timeline for screen readers: named by its speaker and times,
// selected when it holds the reader's current segment, and pressed to jump there.
class TimelineTurnAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
    Q_DECLARE_TR_FUNCTIONS(TimelineTurnAccessible)

public:
    TimelineTurnAccessible(SpeakerTimeline *timeline, int turn);

    int turn() const { return m_turn; }
    SpeakerTimeline *timeline() const { return m_timeline; }

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QPointer<SpeakerTimeline> m_timeline;
    int m_turn;
};

} // namespace bitext::ui
