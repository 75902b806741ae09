#include "ui/commands/renamespeakercommand.h"

#include "models/store/library.h"
#include "models/store/speakerrepository.h"

#include <QCoreApplication>

namespace bitext::ui {

RenameSpeakerCommand::RenameSpeakerCommand(Library &library, qint64 speakerId, const QString &name)
    : LibraryCommand(library, QCoreApplication::translate("RenameSpeakerCommand", "Rename Speaker to %1").arg(name.trimmed()))
    , m_speakerId(speakerId)
    , m_newName(name.trimmed())
{
    if (const auto speaker = library.speakers().find(speakerId))
        m_oldName = speaker->name;
}

void RenameSpeakerCommand::apply()
{
    m_library.speakers().rename(m_speakerId, m_newName);
}

void RenameSpeakerCommand::revert()
{
    m_library.speakers().rename(m_speakerId, m_oldName);
}

} // namespace bitext::ui
