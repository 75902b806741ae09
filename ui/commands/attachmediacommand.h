#pragma once

#include "ui/commands/librarycommand.h"

namespace bitext::ui {

// Attaches a media file to a document, or with an empty file detaches it; undo puts back
// the file it had (even one that has gone missing since).
class AttachMediaCommand : public LibraryCommand
{
public:
    AttachMediaCommand(Library &library, qint64 documentId, const QString &file);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_file;
    QString m_previous; // as stored
};

} // namespace bitext::ui
