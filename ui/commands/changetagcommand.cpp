#include "ui/commands/changetagcommand.h"

#include "models/core/error.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

namespace bitext::ui {

ChangeTagCommand *ChangeTagCommand::rename(Library &library, const Tag &tag, const QString &name)
{
    Tag changed = tag;
    changed.name = name.trimmed();
    return new ChangeTagCommand(library, changed, tr("Rename tag %1 to %2").arg(tag.name, changed.name));
}

ChangeTagCommand *ChangeTagCommand::recolor(Library &library, const Tag &tag, const QColor &color)
{
    Tag changed = tag;
    changed.color = color;
    return new ChangeTagCommand(library, changed, tr("Change colour of tag %1").arg(tag.name));
}

ChangeTagCommand *ChangeTagCommand::describe(Library &library, const Tag &tag, const QString &description)
{
    Tag changed = tag;
    changed.description = description;
    return new ChangeTagCommand(library, changed, tr("Describe tag %1").arg(tag.name));
}

ChangeTagCommand *ChangeTagCommand::move(Library &library, const Tag &tag, qint64 newParentId)
{
    Tag changed = tag;
    changed.parentId = newParentId;
    return new ChangeTagCommand(library, changed, tr("Move tag %1").arg(tag.name));
}

ChangeTagCommand::ChangeTagCommand(Library &library, const Tag &changed, const QString &text)
    : LibraryCommand(library, text)
    , m_new(changed)
{
}

void ChangeTagCommand::apply()
{
    const auto current = library().tags().find(m_new.id);
    if (!current)
        throw Error(tr("The tag no longer exists."));
    if (!appliedBefore())
        m_old = *current;
    else
        ensureUnchanged(Change::Kind::Tag, current);
    library().tags().update(m_new);
}

void ChangeTagCommand::revert()
{
    ensureUnchanged(Change::Kind::Tag, library().tags().find(m_old.id));
    library().tags().update(m_old);
}

} // namespace bitext::ui
