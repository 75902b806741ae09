#pragma once

#include "ui/commands/librarycommand.h"

#include <optional>

namespace bitext::ui {

// Sets the Markdown note of an annotation or of a document. Consecutive edits of the
// same note merge into one undo step (typing), yet each one is stored at once.
// basedOn is the note's version the editor showed: when someone else saved the note
// since, this text wins and theirs is kept below it (the user is told). Undo and redo
// refuse to overwrite a note someone changed after this command.
class EditNoteCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditNoteCommand)

public:
    enum class Target { Annotation, Document };

    EditNoteCommand(Library &library, Target target, qint64 ownerId, const QString &body,
        std::optional<int> basedOn = std::nullopt);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void apply() override;
    void revert() override;

private:
    void write(const QString &body, std::optional<int> basedOn);
    // Refuses (throws) when someone else changed the note since.
    void checkUnchanged();

    Target m_target;
    qint64 m_ownerId;
    QString m_body;
    QString m_oldBody;
    bool m_haveOld = false;
    std::optional<int> m_basedOn;
};

} // namespace bitext::ui
