#pragma once

#include "models/domain/speaker.h"

#include <QHash>
#include <QList>

#include <optional>

namespace bitext {

class Library;

// Library-wide speakers: found by name or alias, renamed, recoloured, merged, and
// assigned to segments by hand.
class SpeakerRepository
{
public:
    explicit SpeakerRepository(Library &library);

    QList<Speaker> list();
    std::optional<Speaker> find(qint64 id);
    std::optional<Speaker> findByName(const QString &nameOrAlias);
    // Another speaker than `speakerId` who is called `name` or has it as an alias: renaming
    // to that name means the two are one person, so they are merged instead.
    std::optional<Speaker> otherWithName(qint64 speakerId, const QString &name);
    // The id of the speaker with this name or alias, created (with nextColor()) when
    // there is none.
    qint64 resolve(const QString &name);
    qint64 create(const QString &name, const QColor &color = QColor());
    // Re-inserts a deleted speaker with its old id (undo of a merge).
    void restore(const Speaker &speaker);
    // Deletes a speaker no segment refers to any more (undo of its creation).
    void remove(qint64 id);

    void rename(qint64 id, const QString &name);
    void setColor(qint64 id, const QColor &color);
    void setAliases(qint64 id, const QStringList &aliases);
    // Moves every segment of `from` to `into`, keeps `from`'s name as an alias of
    // `into` and deletes `from`.
    void merge(qint64 from, qint64 into);
    // Sets the speaker (0: none) of the given segments; returns each segment's
    // previous speaker so the change can be undone.
    QHash<qint64, qint64> assign(const QList<qint64> &segmentIds, qint64 speakerId);
    // Restores a saved segment -> speaker map (undo of assign or merge).
    void restoreAssignment(const QHash<qint64, qint64> &segmentSpeakers);
    // Segment ids currently spoken by a speaker.
    QList<qint64> segmentsOf(qint64 speakerId);
    // The speaker all these segments have (0 when they differ, have none, or the list
    // is empty): what assigning them starts from.
    qint64 sharedSpeaker(const QList<qint64> &segmentIds);
    // Segment counts per speaker in a document, in order of first appearance.
    QList<QPair<qint64, int>> turnCounts(qint64 documentId);

    // A readable colour for the n-th speaker, distinct from its neighbours.
    static QColor paletteColor(int n);
    // The colour for a new speaker: the first palette colour no speaker of the library
    // has, else the one the fewest have.
    QColor nextColor();

private:
    // One UPDATE of one column of a speaker, recorded as a change.
    void updateSpeaker(qint64 id, const QString &column, const QVariant &value);
    // Records the segments of a speaker as changed, document by document.
    void recordSegmentsOf(qint64 speakerId);

    Library &m_library;
};

} // namespace bitext
