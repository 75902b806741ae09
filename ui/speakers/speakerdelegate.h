#pragma once

#include <QStyledItemDelegate>

namespace bitext::ui {

// A speaker row: colour dot, name, and how many segments they speak in this document.
class SpeakerDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace bitext::ui
