#include "ui/search/searchresultdelegate.h"

#include "ui/search/searchresultmodel.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPoint>
#include <QTextLayout>
#include <QtMath>

namespace bitext::ui {

namespace {

const QString kEllipsis = QString(QChar(0x2026));
constexpr int kPadX = 6;
constexpr int kPadY = 3;
constexpr int kLineGap = 1;

// The header after the title: "#12 · Speaker · quote".
QStringList headerDetails(const QModelIndex &index)
{
    QStringList parts;
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
    return parts;
}

const QString kSeparator = QStringLiteral(" · ");

// Moves an index one character (a whole surrogate pair) left or right.
int stepLeft(const QString &text, int i)
{
    return i >= 2 && text.at(i - 1).isLowSurrogate() && text.at(i - 2).isHighSurrogate() ? i - 2 : i - 1;
}

int stepRight(const QString &text, int i)
{
    return i + 1 < text.size() && text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate() ? i + 2 : i + 1;
}

} // namespace

QString SearchResultDelegate::headerText(const QModelIndex &index)
{
    return (QStringList {index.data(SearchResultModel::DocumentTitleRole).toString()} + headerDetails(index))
        .join(kSeparator);
}

QString SearchResultDelegate::fittedHeader(const QModelIndex &index, const QFontMetricsF &metrics, qreal width)
{
    const QString details = headerDetails(index).join(kSeparator);
    const QString title = index.data(SearchResultModel::DocumentTitleRole).toString();
    if (details.isEmpty())
        return metrics.elidedText(title, Qt::ElideRight, width);
    // Segment and speaker say where the hit is: the title gives way to them.
    const QString tail = kSeparator + details;
    const qreal left = width - metrics.horizontalAdvance(tail);
    const QString shownTitle = metrics.elidedText(title, Qt::ElideRight, qMax<qreal>(0, left));
    return (shownTitle.isEmpty() ? kEllipsis : shownTitle) + tail;
}

SearchResultDelegate::SnippetLine SearchResultDelegate::fitSnippet(
    const QString &snippet, const QList<TextRange> &hits, const QFontMetricsF &metrics, qreal width)
{
    if (metrics.horizontalAdvance(snippet) <= width)
        return {snippet, hits};
    // Grow a window from the first hit, a character at a time on each side in turn,
    // while it fits with its ellipses.
    int from = hits.isEmpty() ? 0 : qBound(0, hits.first().start, int(snippet.size()));
    int to = hits.isEmpty() ? from : qMin(int(snippet.size()), from + hits.first().length);
    const auto fits = [&](int a, int b) {
        const QString shown
            = (a > 0 ? kEllipsis : QString()) + snippet.mid(a, b - a) + (b < snippet.size() ? kEllipsis : QString());
        return metrics.horizontalAdvance(shown) <= width;
    };
    if (!fits(from, to)) {
        // The hit alone is wider than the line: show its start.
        to = from;
        while (to < snippet.size() && fits(from, stepRight(snippet, to)))
            to = stepRight(snippet, to);
    } else {
        bool grew = true;
        while (grew) {
            grew = false;
            if (to < snippet.size() && fits(from, stepRight(snippet, to))) {
                to = stepRight(snippet, to);
                grew = true;
            }
            if (from > 0 && fits(stepLeft(snippet, from), to)) {
                from = stepLeft(snippet, from);
                grew = true;
            }
        }
    }
    SnippetLine line;
    const int shift = from > 0 ? 1 : 0;
    line.text = (from > 0 ? kEllipsis : QString()) + snippet.mid(from, to - from)
        + (to < snippet.size() ? kEllipsis : QString());
    for (const TextRange &hit : hits) {
        const int start = qMax(hit.start, from);
        const int end = qMin(hit.start + hit.length, to);
        if (end > start)
            line.hits << TextRange {start - from + shift, end - start};
    }
    return line;
}

QFont SearchResultDelegate::headerFont(const QFont &font)
{
    QFont header = font;
    header.setPointSizeF(font.pointSizeF() * 0.85);
    return header;
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QRect rect = opt.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    painter->save();
    painter->setClipRect(opt.rect);
    const QFont header = headerFont(opt.font);
    const QFontMetricsF headerMetrics(header);
    painter->setFont(header);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(
        QPointF(rect.left(), rect.top() + headerMetrics.ascent()), fittedHeader(index, headerMetrics, rect.width()));

    // One line of snippet around the hit, the hits on the palette's bright yellow.
    QList<TextRange> hits;
    const QVariantList points = index.data(SearchResultModel::SnippetHitsRole).toList();
    for (const QVariant &point : points)
        hits << TextRange {point.toPoint().x(), point.toPoint().y()};
    const SnippetLine line = fitSnippet(
        index.data(SearchResultModel::SnippetRole).toString(), hits, QFontMetricsF(opt.font), rect.width());
    QTextLayout layout(line.text, opt.font);
    QVector<QTextLayout::FormatRange> formats;
    for (const TextRange &hit : line.hits) {
        QTextLayout::FormatRange range;
        range.start = hit.start;
        range.length = hit.length;
        range.format.setBackground(QColor(255, 214, 0, 150));
        range.format.setFontWeight(QFont::Bold);
        formats << range;
    }
    layout.setFormats(formats);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    layout.createLine().setPosition(QPointF(0, 0));
    layout.endLayout();
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(rect.left(), rect.top() + headerMetrics.height() + kLineGap));
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetricsF header(headerFont(option.font));
    const QFontMetricsF text(option.font);
    return QSize(300, qCeil(header.height() + kLineGap + text.height()) + 2 * kPadY);
}

} // namespace bitext::ui
