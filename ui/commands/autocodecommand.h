#pragma once

#include "models/analysis/autocoder.h"
#include "ui/commands/librarycommand.h"

namespace bitext::ui {

// Auto-coding as one undo step: makes every highlight of an AutoCodePlan and gives the
// tag to the highlights already on a planned passage, in one transaction, whatever the
// documents. It lives on the library's stack (documentId 0), so Edit › Undo reaches it
// from any document; undo removes exactly the highlights it made and takes the tag off
// those it tagged; redo puts them back with the same ids.
class AutoCodeCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(AutoCodeCommand)

public:
    AutoCodeCommand(Library &library, const AutoCodePlan &plan, qint64 tagId, const QString &tagPath);
    // The highlights made, ids filled after the first redo.
    const QList<Annotation> &created() const { return m_plan.create; }

protected:
    void apply() override;
    void revert() override;

private:
    AutoCodePlan m_plan;
    qint64 m_tagId;
};

} // namespace bitext::ui
