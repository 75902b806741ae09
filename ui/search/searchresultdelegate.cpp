#include "ui/search/searchresultdelegate.h"

#include "ui/search/searchresultmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPoint>
#include <QTextLayout>

namespace bitext::ui {

QString SearchResultDelegate::headerText(const QModelIndex &index)
{
    QStringList parts{index.data(SearchResultModel::DocumentTitleRole).toString()};
    const int ordinal = index.data(SearchResultModel::SegmentOrdinalRole).toInt();
    if (ordinal >= 0)
        parts << QStringLiteral("#%1").arg(ordinal + 1);
    const QString speaker = index.data(SearchResultModel::SpeakerRole).toString();
    if (!speaker.isEmpty())
        parts << speaker;
    const QString source = index.data(SearchResultModel::SourceRole).toString();
    if (source == QLatin1String("annotation"))
        parts << QCoreApplication::translate("SearchResultDelegate", "quote");
    else if (source == QLatin1String("note"))
        parts << QCoreApplication::translate("SearchResultDelegate", "note");
    else if (source == QLatin1String("title"))
        parts << QCoreApplication::translate("SearchResultDelegate", "title");
    return parts.join(QStringLiteral(" · "));
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect rect = opt.rect.adjusted(6, 3, -6, -3);
    painter->save();
    QFont headerFont = opt.font;
    headerFont.setPointSizeF(headerFont.pointSizeF() * 0.85);
    painter->setFont(headerFont);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QFontMetrics headerMetrics(headerFont);
    painter->drawText(rect.left(), rect.top() + headerMetrics.ascent(),
                      headerMetrics.elidedText(headerText(index), Qt::ElideRight, rect.width()));

    // The snippet, its hits on the highlight colour of the palette's bright text.
    QTextLayout layout(index.data(SearchResultModel::SnippetRole).toString(), opt.font);
    QVector<QTextLayout::FormatRange> formats;
    const QVariantList hits = index.data(SearchResultModel::SnippetHitsRole).toList();
    for (const QVariant &hit : hits) {
        QTextLayout::FormatRange range;
        range.start = hit.toPoint().x();
        range.length = hit.toPoint().y();
        range.format.setBackground(QColor(255, 214, 0, 150));
        range.format.setFontWeight(QFont::Bold);
        formats << range;
    }
    layout.setFormats(formats);
    layout.beginLayout();
    qreal height = 0;
    for (int lines = 0; lines < 2; ++lines) { // at most two lines of snippet
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    painter->setPen(opt.palette.color(textRole));
    painter->setClipRect(rect);
    layout.draw(painter, QPointF(rect.left(), rect.top() + headerMetrics.height() + 2));
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    return QSize(300, int(metrics.height() * 0.85) + 2 * metrics.height() + 10);
}

} // namespace bitext::ui
