#pragma once

#include <QStyledItemDelegate>

namespace bitext::ui {

// Paints a search result as two lines: "document · #segment · speaker" and the
// snippet with every hit on a highlight background. Reads only model roles.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The header line shown above the snippet (also used by tests and accessibility).
    static QString headerText(const QModelIndex &index);
};

} // namespace bitext::ui
