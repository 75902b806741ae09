#pragma once

#include "models/domain/tag.h"
#include "ui/commands/librarycommand.h"

namespace bitext::ui {

// Renames, recolours, re-describes or moves a tag (any of its own fields); undo
// writes the previous values back, unless someone changed the tag after this command.
class ChangeTagCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeTagCommand)

public:
    static ChangeTagCommand *rename(Library &library, const Tag &tag, const QString &name);
    static ChangeTagCommand *recolor(Library &library, const Tag &tag, const QColor &color);
    static ChangeTagCommand *describe(Library &library, const Tag &tag, const QString &description);
    static ChangeTagCommand *move(Library &library, const Tag &tag, qint64 newParentId);

    ChangeTagCommand(Library &library, const Tag &changed, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    Tag m_new;
    Tag m_old;
};

} // namespace bitext::ui
