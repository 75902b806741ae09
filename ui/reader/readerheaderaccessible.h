#pragma once

#include <QAccessible>
#include <QPointer>

namespace bitext::ui {

class ReaderPane;

// A column header of the reader's accessible table (Speaker, Chinese, English, Time). Not
// painted and not one of the table's children: screen readers reach it through a cell's
// column header, and announce it as the user moves from column to column.
class ReaderHeaderAccessible : public QAccessibleInterface
{
public:
    ReaderHeaderAccessible(ReaderPane *pane, int column);

    bool isValid() const override { return !m_pane.isNull(); }
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override { return {}; }
    QAccessible::Role role() const override { return QAccessible::ColumnHeader; }
    QAccessible::State state() const override;

private:
    QPointer<ReaderPane> m_pane;
    int m_column;
};

} // namespace bitext::ui
