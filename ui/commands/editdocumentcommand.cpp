#include "ui/commands/editdocumentcommand.h"

#include "models/store/documentrepository.h"
#include "models/store/library.h"

#include <QCoreApplication>

namespace bitext::ui {

EditDocumentCommand::EditDocumentCommand(Library &library, const Document &before, const Document &after)
    : LibraryCommand(
        library, QCoreApplication::translate("EditDocumentCommand", "Edit Document Information"), before.id)
    , m_before(before)
    , m_after(after)
{
}

void EditDocumentCommand::apply()
{
    m_library.documents().updateMetadata(m_after);
}

void EditDocumentCommand::revert()
{
    m_library.documents().updateMetadata(m_before);
}

} // namespace bitext::ui
