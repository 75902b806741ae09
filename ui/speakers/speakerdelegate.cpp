#include "ui/speakers/speakerdelegate.h"

#include "models/item/itemroles.h"

#include <QApplication>
#include <QPainter>

namespace bitext::ui {

QSize SpeakerDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(160, option.fontMetrics.height() + 10);
}

void SpeakerDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, option.widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect r = option.rect.adjusted(10, 0, -10, 0);
    const int turns = index.data(ItemRole::DocumentTurnsRole).toInt();
    const QString count = turns > 0 ? QString::number(turns) : QString();
    const int countWidth = option.fontMetrics.horizontalAdvance(count);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int dot = option.fontMetrics.height() * 2 / 3;
    painter->setPen(Qt::NoPen);
    painter->setBrush(index.data(ItemRole::ColorRole).value<QColor>());
    painter->drawEllipse(QRect(r.left(), r.center().y() - dot / 2, dot, dot));

    const QRect name(r.left() + dot + 8, r.top(), r.width() - dot - 8 - countWidth - 8, r.height());
    QColor nameColor = text;
    if (turns == 0 && !selected)
        nameColor.setAlphaF(0.6); // speakers of other documents
    painter->setPen(nameColor);
    painter->drawText(name, Qt::AlignVCenter | Qt::AlignLeft,
                      option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, name.width()));
    QColor muted = text;
    muted.setAlphaF(0.6);
    painter->setPen(muted);
    painter->drawText(r, Qt::AlignVCenter | Qt::AlignRight, count);
    painter->restore();
}

} // namespace bitext::ui
