#pragma once

#include <QAccessible>
#include <QPointer>
#include <QWidget>

namespace bitext::ui {

// The common part of the accessible items Bitext paints itself (reader cells, column
// headers, timeline turns): no QObject and no children of their own, a parent that is
// the interface of the widget painting them, and valid while that widget lives.
class AccessibleLeaf : public QAccessibleInterface
{
public:
    explicit AccessibleLeaf(QWidget *owner)
        : m_owner(owner)
    {
    }

    bool isValid() const override { return !m_owner.isNull(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    void setText(QAccessible::Text, const QString &) override {}

protected:
    QWidget *owner() const { return m_owner; }

private:
    QPointer<QWidget> m_owner;
};

} // namespace bitext::ui
