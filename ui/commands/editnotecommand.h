#pragma once

#include "ui/commands/librarycommand.h"

namespace bitext::ui {

// Sets the Markdown note of an annotation or of a document. Consecutive edits of the
// same note merge into one undo step (typing), yet each one is stored at once.
class EditNoteCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditNoteCommand)

public:
    enum class Target { Annotation, Document };

    EditNoteCommand(Library &library, Target target, qint64 ownerId, const QString &body);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void apply() override;
    void revert() override;

private:
    void write(const QString &body);
    QString read();

    Target m_target;
    qint64 m_ownerId;
    QString m_body;
    QString m_oldBody;
    bool m_haveOld = false;
};

} // namespace bitext::ui
