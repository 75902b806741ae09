#pragma once

#include "ui/commands/librarycommand.h"

#include <QHash>
#include <QList>


namespace bitext::ui {

// Sets the speaker of some segments by hand (for transcripts without labels, like 002).
class AssignSpeakerCommand : public LibraryCommand
{
public:
    // The segments belong to `documentId`, whose stack holds the command. A new speaker
    // is made first by CreateSpeakerCommand, on the library's stack.
    AssignSpeakerCommand(Library &library, qint64 documentId, const QList<qint64> &segmentIds, qint64 speakerId,
                         const QString &speakerName);

protected:
    void apply() override;
    void revert() override;

private:
    QList<qint64> m_segmentIds;
    qint64 m_speakerId;
    QHash<qint64, qint64> m_previous;
};

} // namespace bitext::ui
