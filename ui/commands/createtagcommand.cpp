#include "ui/commands/createtagcommand.h"

#include "models/core/error.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

namespace bitext::ui {

CreateTagCommand::CreateTagCommand(
    Library &library, const QString &path, const QColor &color, const QString &description)
    : LibraryCommand(library, tr("Create tag %1").arg(TagRepository::normalizedPath(path)))
    , m_path(path)
    , m_color(color)
    , m_description(description)
{
}

void CreateTagCommand::apply()
{
    TagRepository &tags = library().tags();
    if (m_tagId != 0) { // redo: the same tags, same ids and colours
        for (const Tag &tag : qAsConst(m_created))
            tags.restore(tag);
        return;
    }
    m_tagId = tags.ensurePath(m_path, &m_created, m_color, m_description);
    // The whole path was there already: nothing to undo.
    setObsolete(m_created.isEmpty());
}

void CreateTagCommand::revert()
{
    // Deleting a tag strips it from every quote that uses it, in any document: only an
    // unused tag may go. (Undone together with the quote it was made for, it is unused.)
    TagRepository &tags = library().tags();
    for (const Tag &tag : qAsConst(m_created)) {
        if (const int uses = tags.usageCount(tag.id))
            throw Error(tr("Tag %1 is not removed: %n quote(s) use it. Remove it from them, or delete it "
                           "in Manage Tags.",
                nullptr, uses)
                            .arg(tag.path));
    }
    for (int i = int(m_created.size()) - 1; i >= 0; --i)
        tags.remove(m_created.at(i).id);
}

} // namespace bitext::ui
