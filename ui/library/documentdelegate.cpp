#include "ui/library/documentdelegate.h"

#include "models/item/itemroles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace bitext::ui {

namespace {

constexpr int kPadX = 10;
constexpr int kPadY = 7;
constexpr int kLineGap = 2;

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.88);
    return f;
}

} // namespace

QSize DocumentDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics small(smallFont(option.font));
    int height = 2 * kPadY + title.height() + kLineGap + small.height();
    if (!index.data(ItemRole::SpeakersRole).toStringList().isEmpty())
        height += kLineGap + small.height();
    if (!index.data(ItemRole::TagsRole).toStringList().isEmpty())
        height += kLineGap + 2 + small.height() + 2;
    return QSize(200, height + 1);
}

void DocumentDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(selected ? 0.85 : 0.62);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    int y = r.top();

    const QFont tf = titleFont(option.font);
    const QFontMetrics title(tf);
    painter->setFont(tf);
    painter->setPen(text);
    painter->drawText(QRect(r.left(), y, r.width(), title.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      title.elidedText(index.data(ItemRole::TitleRole).toString(), Qt::ElideRight, r.width()));
    y += title.height() + kLineGap;

    const QFont sf = smallFont(option.font);
    const QFontMetrics small(sf);
    painter->setFont(sf);
    painter->setPen(muted);
    const int segments = index.data(ItemRole::SegmentCountRole).toInt();
    QStringList facts;
    const QString date = index.data(ItemRole::DateRole).toString();
    if (!date.isEmpty())
        facts << date;
    facts << tr("%n segment(s)", nullptr, segments);
    painter->drawText(QRect(r.left(), y, r.width(), small.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      small.elidedText(facts.join(QStringLiteral("  ·  ")), Qt::ElideRight, r.width()));
    y += small.height() + kLineGap;

    const QStringList speakers = index.data(ItemRole::SpeakersRole).toStringList();
    if (!speakers.isEmpty()) {
        painter->drawText(QRect(r.left(), y, r.width(), small.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          small.elidedText(speakers.join(QStringLiteral(", ")), Qt::ElideRight, r.width()));
        y += small.height() + kLineGap;
    }

    // Tags as chips, as many as fit on one line.
    const QStringList tags = index.data(ItemRole::TagsRole).toStringList();
    int x = r.left();
    QColor chip = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    chip.setAlphaF(0.12);
    for (const QString &tag : tags) {
        const int w = small.horizontalAdvance(tag) + 12;
        if (x + w > r.right())
            break;
        const QRectF box(x, y + 1, w, small.height() + 2);
        QPainterPath path;
        path.addRoundedRect(box, box.height() / 2, box.height() / 2);
        painter->fillPath(path, chip);
        painter->drawText(box, Qt::AlignCenter, tag);
        x += w + 4;
    }

    // A hairline between cards.
    QColor line = option.palette.color(QPalette::Text);
    line.setAlphaF(0.08);
    painter->fillRect(QRect(option.rect.left() + kPadX, option.rect.bottom(), option.rect.width() - 2 * kPadX, 1), line);
    painter->restore();
}

} // namespace bitext::ui
