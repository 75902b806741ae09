#pragma once

#include "models/domain/tag.h"

#include <QHash>
#include <QList>
#include <QTreeWidget>

namespace bitext::ui {

// The codebook as a tree of check boxes (children under their parents, each with its
// colour and number of quotes), for choosing tags to export.
class TagChecklist : public QTreeWidget
{
    Q_OBJECT

public:
    explicit TagChecklist(QWidget *parent = nullptr);

    // tags in path order (parents first); counts: quotes per tag id.
    void setTags(const QList<Tag> &tags, const QHash<qint64, int> &counts);
    QList<qint64> checkedTagIds() const;
    void setChecked(qint64 tagId, bool checked);

    // As tall as the tags (up to a dozen rows), so a small codebook leaves no empty box.
    QSize sizeHint() const override;
};

} // namespace bitext::ui
