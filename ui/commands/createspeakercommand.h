#pragma once

#include "models/domain/speaker.h"
#include "ui/commands/librarycommand.h"

#include <optional>

namespace bitext::ui {

// Adds a speaker to the library (a name typed while assigning segments). Speakers are
// library data, so this goes on the library's stack, never a document's: undoing it in
// one document must not take the speaker from segments of another.
class CreateSpeakerCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateSpeakerCommand)

public:
    CreateSpeakerCommand(Library &library, const QString &name);
    // The new speaker's id, 0 until the first redo.
    qint64 speakerId() const { return m_created ? m_created->id : 0; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_name;
    std::optional<Speaker> m_created;
};

} // namespace bitext::ui
