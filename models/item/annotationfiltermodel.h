#pragma once

#include <QColor>
#include <QSet>
#include <QSortFilterProxyModel>

namespace bitext {

// Filters an AnnotationListModel by tag (with the tags below it), speaker, colour and
// text, each through a typed setter; the filters combine with AND.
class AnnotationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AnnotationFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // 0 clears each of the id filters, an invalid colour or empty text the others.
    void setTagFilter(qint64 tagId);
    void setSpeakerFilter(qint64 speakerId);
    void setColorFilter(const QColor &color);
    // Case-insensitive, in quote, note, tags, speaker and document title.
    void setTextFilter(const QString &text);

    qint64 tagFilter() const { return m_tagId; }
    qint64 speakerFilter() const { return m_speakerId; }
    QColor colorFilter() const { return m_color; }
    QString textFilter() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refreshTagSubtree();

    qint64 m_tagId = 0;
    QSet<qint64> m_tagSubtree;
    qint64 m_speakerId = 0;
    QColor m_color;
    QString m_text;
};

} // namespace bitext
