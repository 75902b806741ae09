#pragma once

#include "models/domain/annotation.h"
#include "models/domain/speaker.h"
#include "models/domain/tag.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QVector>

namespace bitext {

class Library;

// The annotations of one document or of the whole library, one row each, in reading
// order, for the annotations dock. Read-only: edits go through undo commands, and the
// model follows the Library's change signals. Roles: AnnotationRole (annotationroles.h).
class AnnotationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit AnnotationListModel(QObject *parent = nullptr);

    void setLibrary(Library *library);
    // 0: every annotation of the library.
    void setDocument(qint64 documentId);
    qint64 documentId() const { return m_documentId; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Annotation &annotationAt(int row) const { return m_annotations.at(row); }
    QModelIndex indexOfAnnotation(qint64 annotationId) const;
    QString noteOf(qint64 annotationId) const { return m_notes.value(annotationId); }
    QString tagPath(qint64 tagId) const { return m_tags.value(tagId).path; }
    // The tag and every tag below it.
    QSet<qint64> tagSubtree(qint64 tagId) const;
    // Speakers that open at least one listed annotation, by name.
    QList<Speaker> speakers() const;
    // Distinct highlight colours in use.
    QList<QColor> colors() const;
    // Quotes per tag (directly) among the listed annotations.
    QHash<qint64, int> tagCounts() const;

public slots:
    void reload();

private:
    void onAnnotationsChanged(qint64 documentId);

    QPointer<Library> m_library;
    qint64 m_documentId = 0;
    QVector<Annotation> m_annotations;
    QHash<qint64, Tag> m_tags;
    QHash<qint64, QString> m_notes;
    QHash<qint64, QString> m_titles;
    QHash<qint64, qint64> m_speakerOf;
    QHash<qint64, Speaker> m_speakers;
};

} // namespace bitext
