#include "ui/commands/mergetagscommand.h"

#include "models/core/error.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

namespace bitext::ui {

MergeTagsCommand::MergeTagsCommand(Library &library, qint64 fromId, qint64 intoId)
    : LibraryCommand(library, tr("Merge tags"))
    , m_fromId(fromId)
    , m_intoId(intoId)
{
}

void MergeTagsCommand::apply()
{
    TagRepository &tags = library().tags();
    const auto from = tags.find(m_fromId);
    const auto into = tags.find(m_intoId);
    if (!from || !into)
        throw Error(tr("The tag no longer exists."));
    if (m_fromId == m_intoId)
        throw Error(tr("A tag cannot be merged into itself."));
    if (into->path.startsWith(from->path + QLatin1Char('/')))
        throw Error(tr("%1 cannot be merged into %2, which is below it.").arg(from->path, into->path));
    setText(tr("Merge tag %1 into %2").arg(from->path, into->path));
    m_from = *from;
    m_children.clear();
    const QList<Tag> all = tags.list();
    for (const Tag &t : all) {
        if (t.parentId == m_fromId)
            m_children << t.id;
    }
    m_fromQuotes = tags.annotationsWith(m_fromId);
    const QList<qint64> intoQuotes = tags.annotationsWith(m_intoId);
    m_addedToInto.clear();
    for (qint64 id : qAsConst(m_fromQuotes)) {
        if (!intoQuotes.contains(id))
            m_addedToInto << id;
    }
    tags.merge(m_fromId, m_intoId);
}

void MergeTagsCommand::revert()
{
    TagRepository &tags = library().tags();
    tags.restore(m_from);
    for (qint64 childId : qAsConst(m_children)) {
        if (auto child = tags.find(childId)) {
            child->parentId = m_fromId;
            tags.update(*child);
        }
    }
    tags.linkAnnotations(m_fromId, m_fromQuotes);
    tags.unlinkAnnotations(m_intoId, m_addedToInto);
}

} // namespace bitext::ui
