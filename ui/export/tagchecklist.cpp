#include "ui/export/tagchecklist.h"

#include "models/text/untrustedtext.h"
#include "ui/common/colorswatch.h"

#include <QPainter>
#include <QPixmap>

namespace bitext::ui {

TagChecklist::TagChecklist(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setIndentation(16);
    setRootIsDecorated(false);
}

void TagChecklist::setTags(const QList<Tag> &tags, const QHash<qint64, int> &counts)
{
    clear();
    QHash<qint64, QTreeWidgetItem *> items;
    for (const Tag &tag : tags) {
        QTreeWidgetItem *parent = items.value(tag.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
        const int count = counts.value(tag.id);
        item->setText(0, count ? tr("%1 (%2)").arg(tag.name).arg(count) : tag.name);
        item->setToolTip(0,
            untrustedtext::shownLiterally(
                tag.description.isEmpty() ? tag.path : tag.path + QLatin1Char('\n') + tag.description));
        item->setIcon(0, colorSwatch(tag.color.isValid() ? tag.color : QColor(Qt::gray)));
        item->setData(0, Qt::UserRole, tag.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        items.insert(tag.id, item);
    }
    expandAll();
    if (tags.isEmpty()) {
        auto *item = new QTreeWidgetItem(this, {tr("The codebook has no tags yet.")});
        item->setFlags(Qt::NoItemFlags);
    }
    updateGeometry();
}

QList<qint64> TagChecklist::checkedTagIds() const
{
    QList<qint64> ids;
    for (QTreeWidgetItemIterator it(const_cast<TagChecklist *>(this), QTreeWidgetItemIterator::Checked); *it; ++it)
        ids << (*it)->data(0, Qt::UserRole).toLongLong();
    return ids;
}

QSize TagChecklist::sizeHint() const
{
    int rows = 0;
    for (QTreeWidgetItemIterator it(const_cast<TagChecklist *>(this)); *it; ++it)
        ++rows;
    const int rowHeight = qMax(sizeHintForRow(0), fontMetrics().height() + 4);
    const int frame = 2 * frameWidth();
    return QSize(QTreeWidget::sizeHint().width(), frame + rowHeight * qBound(3, rows, 12) + 4);
}

void TagChecklist::setChecked(qint64 tagId, bool checked)
{
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toLongLong() == tagId)
            (*it)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace bitext::ui
