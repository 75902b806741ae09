#pragma once

#include "models/domain/annotation.h"
#include "models/domain/speaker.h"
#include "models/domain/tag.h"
#include "models/item/rowsync.h"
#include "models/store/change.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QVector>

namespace bitext {

class Library;

// The annotations of one document or of the whole library, one row each, in reading
// order, for the annotations dock. Read-only: edits go through undo commands, and the
// model follows Library::changed row by row (a change made elsewhere inserts, moves or
// updates the rows it names and never resets the list). Roles: AnnotationRole
// (annotationroles.h).
class AnnotationListModel : public RowSyncModel<QAbstractListModel>
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
    // Re-reads everything and brings the rows to it with row signals (no reset).
    void reload();

private:
    // Reads everything; with reset the rows are replaced (another document or library).
    void load(bool reset);
    void onChanged(const bitext::ChangeList &changes);
    bool shows(qint64 documentId) const;
    // Re-reads one annotation, its note and speaker: inserts, moves, updates or removes its row.
    void refreshAnnotation(qint64 annotationId);
    void removeAnnotation(qint64 annotationId);
    void refreshNotes(qint64 documentId);
    void refreshStartSpeakers(qint64 documentId);
    void refreshTitles();
    // dataChanged for every row matching the predicate.
    template<typename Predicate> void rowsChanged(Predicate predicate);
    // Takes a document's fresh values (by annotation id) into values, telling the rows
    // whose value changed.
    template<typename T> void takeValues(QHash<qint64, T> &values, const QHash<qint64, T> &fresh, qint64 documentId);

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
