#pragma once

#include "models/domain/tag.h"
#include "ui/commands/librarycommand.h"

#include <QList>

namespace bitext::ui {

// Creates the tag at a path like "Risk/Misuse", with the parents that are missing;
// undo removes exactly the tags it created.
class CreateTagCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateTagCommand)

public:
    CreateTagCommand(Library &library, const QString &path, const QColor &color = QColor(),
                     const QString &description = QString());
    // The tag at the path, 0 until the first redo.
    qint64 tagId() const { return m_tagId; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_path;
    QColor m_color;
    QString m_description;
    qint64 m_tagId = 0;
    QList<Tag> m_created; // parents first
};

} // namespace bitext::ui
