#pragma once

#include <QStyledItemDelegate>

namespace bitext::ui {

// Paints a library entry as a small card from the DocumentListModel's roles: title, then
// date and segment count, speakers, and tags as chips.
class DocumentDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace bitext::ui
