#pragma once

#include "models/domain/speaker.h"
#include "ui/commands/librarycommand.h"

#include <QHash>
#include <QList>

#include <optional>

namespace bitext::ui {

// Sets the speaker of some segments by hand (for transcripts without labels, like 002).
class AssignSpeakerCommand : public LibraryCommand
{
public:
    AssignSpeakerCommand(Library &library, const QList<qint64> &segmentIds, qint64 speakerId, const QString &speakerName);
    // Assigns the speaker of that name or alias, creating it when there is none: the
    // creation is part of the command, so undo removes the new speaker again.
    AssignSpeakerCommand(Library &library, const QList<qint64> &segmentIds, const QString &speakerName);

protected:
    void apply() override;
    void revert() override;

private:
    QList<qint64> m_segmentIds;
    qint64 m_speakerId;
    QString m_newName;
    std::optional<Speaker> m_created;
    QHash<qint64, qint64> m_previous;
};

} // namespace bitext::ui
