#include "ui/commands/createspeakercommand.h"

#include "models/core/error.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"

namespace bitext::ui {

CreateSpeakerCommand::CreateSpeakerCommand(Library &library, const QString &name)
    : LibraryCommand(library, tr("Add speaker %1").arg(name.trimmed()))
    , m_name(name.trimmed())
{
}

void CreateSpeakerCommand::apply()
{
    SpeakerRepository &speakers = library().speakers();
    if (m_created) { // redo: the same speaker, same id and colour
        speakers.restore(*m_created);
        return;
    }
    m_created = speakers.find(speakers.create(m_name));
}

void CreateSpeakerCommand::revert()
{
    // Only a speaker nobody speaks as may go: undone with the assignment it was made
    // for, it is unused; given to segments since, it stays.
    SpeakerRepository &speakers = library().speakers();
    if (const int uses = int(speakers.segmentsOf(m_created->id).size()))
        throw Error(
            tr("Speaker %1 is not removed: %n segment(s) are spoken by them.", nullptr, uses).arg(m_created->name));
    speakers.remove(m_created->id);
}

} // namespace bitext::ui
