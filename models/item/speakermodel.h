#pragma once

#include "models/domain/speaker.h"
#include "models/item/rowsync.h"
#include "models/store/change.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QVector>

namespace bitext {

class Library;

// The library's speakers for the speakers dock and pickers: those of the current
// document first (in order of appearance, with their turn counts), then the others.
// Follows Library::changed row by row, never resetting for a change.
class SpeakerModel : public RowSyncModel<QAbstractListModel>
{
    Q_OBJECT

public:
    explicit SpeakerModel(QObject *parent = nullptr);

    void setLibrary(Library *library);
    void setDocument(qint64 documentId);
    // Re-reads the speakers and brings the rows to them with row signals (no reset).
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const Speaker &speakerAt(int row) const { return m_speakers.at(row); }
    QModelIndex indexOfSpeaker(qint64 speakerId) const;
    // Number of speakers that speak in the current document (they come first).
    int documentSpeakerCount() const { return m_inDocument; }

private:
    void onChanged(const bitext::ChangeList &changes);
    // The document's speakers first, then everyone else; their turns in the document.
    QVector<Speaker> read(QHash<qint64, int> &turns, int &inDocument) const;
    void load(bool reset);

    QPointer<Library> m_library;
    qint64 m_documentId = 0;
    QVector<Speaker> m_speakers;
    QHash<qint64, int> m_turns;
    int m_inDocument = 0;
};

} // namespace bitext
