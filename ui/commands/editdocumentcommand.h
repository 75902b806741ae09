#pragma once

#include "models/domain/document.h"
#include "ui/commands/librarycommand.h"

namespace bitext::ui {

// Changes a document's metadata (title, source link, date, people, tags, summary).
class EditDocumentCommand : public LibraryCommand
{
public:
    EditDocumentCommand(Library &library, const Document &before, const Document &after);

protected:
    void apply() override;
    void revert() override;

private:
    Document m_before;
    Document m_after;
};

} // namespace bitext::ui
