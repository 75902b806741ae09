#include "ui/commands/autocodecommand.h"

#include "models/core/error.h"
#include "models/store/annotationrepository.h"
#include "models/store/library.h"

namespace bitext::ui {

AutoCodeCommand::AutoCodeCommand(Library &library, const AutoCodePlan &plan, qint64 tagId, const QString &tagPath)
    : LibraryCommand(library, tr("Auto-code %n passage(s) as “%1”", nullptr, plan.coded()).arg(tagPath))
    , m_plan(plan)
    , m_tagId(tagId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Annotation &annotation : m_plan.create) {
        annotation.created = now;
        annotation.modified = now;
    }
}

void AutoCodeCommand::apply()
{
    for (Annotation &annotation : m_plan.create) {
        if (annotation.id == 0)
            annotation.id = library().annotations().create(annotation);
        else
            library().annotations().restore(annotation);
    }
    for (const Annotation &before : std::as_const(m_plan.retag)) {
        const auto now = library().annotations().find(before.id);
        if (!now)
            throw Error(tr("A highlight to tag no longer exists."));
        if (appliedBefore())
            ensureUnchanged(Change::Kind::Annotation, now);
        QList<qint64> tags = now->tagIds;
        if (!tags.contains(m_tagId))
            tags << m_tagId;
        library().annotations().setTags(before.id, tags, appliedBefore() ? now->version : before.version);
    }
}

void AutoCodeCommand::revert()
{
    for (const Annotation &annotation : std::as_const(m_plan.create))
        library().annotations().remove(annotation.id);
    for (const Annotation &before : std::as_const(m_plan.retag)) {
        const auto now = library().annotations().find(before.id);
        if (!now)
            continue; // removed since: nothing left to take the tag off
        ensureUnchanged(Change::Kind::Annotation, now);
        QList<qint64> tags = now->tagIds;
        tags.removeAll(m_tagId);
        library().annotations().setTags(before.id, tags, now->version);
    }
}

} // namespace bitext::ui
