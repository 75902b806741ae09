#include "ui/commands/renamespeakercommand.h"

#include "models/store/library.h"
#include "models/store/speakerrepository.h"

#include <QCoreApplication>

namespace bitext::ui {

RenameSpeakerCommand::RenameSpeakerCommand(Library &library, qint64 speakerId, const QString &name)
    : LibraryCommand(
        library, QCoreApplication::translate("RenameSpeakerCommand", "Rename Speaker to %1").arg(name.trimmed()))
    , m_speakerId(speakerId)
    , m_newName(name.trimmed())
{
    if (const auto speaker = library.speakers().find(speakerId))
        m_oldName = speaker->name;
}

void RenameSpeakerCommand::write(const QString &name)
{
    if (appliedBefore())
        ensureUnchanged(Change::Kind::Speaker, m_library.speakers().find(m_speakerId));
    m_library.speakers().rename(m_speakerId, name);
}

void RenameSpeakerCommand::apply()
{
    write(m_newName);
}

void RenameSpeakerCommand::revert()
{
    write(m_oldName);
}

} // namespace bitext::ui
