#pragma once

#include "models/search/searchresult.h"

#include <QList>
#include <QStyledItemDelegate>

class QFontMetricsF;

namespace bitext::ui {

// Paints a search result in two compact lines, so a dock shows many: "document ·
// #segment · speaker" (the title elided, never the rest) and one line of snippet
// centred on its first hit, cut with "…" on either side, every hit on a highlight
// background. Reads only model roles.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The header line in full (also used by tests and accessibility).
    static QString headerText(const QModelIndex &index);
    // The header as painted in `width`: only the title is elided.
    static QString fittedHeader(const QModelIndex &index, const QFontMetricsF &metrics, qreal width);

    struct SnippetLine
    {
        QString text;
        QList<TextRange> hits;
    };
    // The part of a snippet that fits one line of `width`, centred on its first hit.
    static SnippetLine fitSnippet(
        const QString &snippet, const QList<TextRange> &hits, const QFontMetricsF &metrics, qreal width);

private:
    static QFont headerFont(const QFont &font);
};

} // namespace bitext::ui
