#pragma once

#include "models/domain/document.h"
#include "models/domain/section.h"
#include "models/domain/segment.h"
#include "models/domain/speaker.h"
#include "models/store/change.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QVector>

namespace bitext {

class Library;

// The segments of one document, one row each, for the reader panes and the timeline.
// Read-only: edits go through the Library's repositories (from undo commands), and the
// model follows the Library's change signals.
class SegmentModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit SegmentModel(QObject *parent = nullptr);

    void setLibrary(Library *library);
    // Loads a document (0 clears). Throws Error when the library cannot be read.
    void setDocument(qint64 documentId);
    qint64 documentId() const { return m_document.id; }
    const Document &document() const { return m_document; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Typed access for views that paint many rows (no QVariant round trips).
    const Segment &segmentAt(int row) const { return m_segments.at(row); }
    int rowOfSegment(qint64 segmentId) const { return m_rowOfId.value(segmentId, -1); }
    QModelIndex indexOfSegment(qint64 segmentId) const;
    bool isTurnStart(int row) const;
    // Index into sections() of the heading that starts at this row, or -1.
    int sectionStartingAt(int row) const { return m_sectionAtRow.value(row, -1); }
    const QVector<Section> &sections() const { return m_sections; }
    QColor speakerColor(qint64 speakerId) const;
    QString speakerName(qint64 speakerId) const;
    // Whether any segment has text on that side: a one-language document has one false.
    bool hasText(Side side) const { return side == Side::Zh ? m_hasZh : m_hasEn; }
    bool hasTimes() const { return m_hasTimes; }

signals:
    // After a reload that kept the rows (speakers or metadata changed).
    void documentRefreshed();

private:
    void onChanged(const bitext::ChangeList &changes);
    void reload();
    void refreshSpeakers();
    void refreshSegmentSpeakers(const QList<qint64> &segmentIds);
    QHash<qint64, Speaker> loadSpeakers() const;
    void indexRows();

    QPointer<Library> m_library;
    Document m_document;
    QVector<Segment> m_segments;
    QVector<Section> m_sections;
    QHash<qint64, Speaker> m_speakers;
    QHash<qint64, int> m_rowOfId;
    QHash<int, int> m_sectionAtRow;
    bool m_hasZh = false;
    bool m_hasEn = false;
    bool m_hasTimes = false;
};

} // namespace bitext
