#include "ui/commands/attachmediacommand.h"

#include "models/media/mediarepository.h"

namespace bitext::ui {

AttachMediaCommand::AttachMediaCommand(Library &library, qint64 documentId, const QString &file)
    : LibraryCommand(library,
        file.isEmpty() ? QCoreApplication::translate("AttachMediaCommand", "Detach Media")
                       : QCoreApplication::translate("AttachMediaCommand", "Attach Media"),
        documentId)
    , m_file(file)
{
}

void AttachMediaCommand::apply()
{
    MediaRepository media(m_library);
    m_previous = media.storedPath(documentId());
    media.attach(documentId(), m_file); // an empty file detaches
}

void AttachMediaCommand::revert()
{
    MediaRepository(m_library).restore(documentId(), m_previous);
}

} // namespace bitext::ui
