#include "ui/commands/recolorspeakercommand.h"

#include "models/store/library.h"
#include "models/store/speakerrepository.h"

#include <QCoreApplication>

namespace bitext::ui {

RecolorSpeakerCommand::RecolorSpeakerCommand(Library &library, qint64 speakerId, const QColor &color)
    : LibraryCommand(library, QCoreApplication::translate("RecolorSpeakerCommand", "Change Speaker Colour"))
    , m_speakerId(speakerId)
    , m_newColor(color)
{
    if (const auto speaker = library.speakers().find(speakerId))
        m_oldColor = speaker->color;
    setObsolete(m_oldColor == m_newColor);
}

bool RecolorSpeakerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const RecolorSpeakerCommand *>(other);
    if (next->m_speakerId != m_speakerId)
        return false;
    m_newColor = next->m_newColor;
    setObsolete(m_oldColor == m_newColor);
    return true;
}

void RecolorSpeakerCommand::write(const QColor &color)
{
    if (appliedBefore())
        ensureUnchanged(Change::Kind::Speaker, m_library.speakers().find(m_speakerId));
    m_library.speakers().setColor(m_speakerId, color);
}

void RecolorSpeakerCommand::apply()
{
    write(m_newColor);
}

void RecolorSpeakerCommand::revert()
{
    write(m_oldColor);
}

} // namespace bitext::ui
