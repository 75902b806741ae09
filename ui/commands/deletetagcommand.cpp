#include "ui/commands/deletetagcommand.h"

#include "models/core/error.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

namespace bitext::ui {

DeleteTagCommand::DeleteTagCommand(Library &library, qint64 tagId)
    : LibraryCommand(library, tr("Delete tag"))
    , m_id(tagId)
{
}

void DeleteTagCommand::apply()
{
    TagRepository &tags = library().tags();
    const auto tag = tags.find(m_id);
    if (!tag)
        throw Error(tr("The tag no longer exists."));
    setText(tr("Delete tag %1").arg(tag->path));
    m_subtree.clear();
    m_quotes.clear();
    // list() is in path order, so parents come before their children.
    const QList<Tag> all = tags.list();
    for (const Tag &t : all) {
        if (t.id == m_id || t.path.startsWith(tag->path + QLatin1Char('/'))) {
            m_subtree << t;
            m_quotes.insert(t.id, tags.annotationsWith(t.id));
        }
    }
    tags.remove(m_id);
}

void DeleteTagCommand::revert()
{
    TagRepository &tags = library().tags();
    for (const Tag &t : qAsConst(m_subtree))
        tags.restore(t);
    for (const Tag &t : qAsConst(m_subtree))
        tags.linkAnnotations(t.id, m_quotes.value(t.id));
}

} // namespace bitext::ui
