#pragma once

#include "ui/commands/librarycommand.h"

#include <QString>

namespace bitext::ui {

// Renames a speaker everywhere in the library. Undo and redo refuse to overwrite a
// change someone made to the speaker after this command.
class RenameSpeakerCommand : public LibraryCommand
{
public:
    RenameSpeakerCommand(Library &library, qint64 speakerId, const QString &name);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_speakerId;
    QString m_oldName;
    QString m_newName;

    void write(const QString &name);
};

} // namespace bitext::ui
