#include "ui/commands/editnotecommand.h"

#include "models/store/library.h"
#include "models/store/noterepository.h"

namespace bitext::ui {

namespace {
constexpr int kMergeId = 0x4e6f7465; // "Note"
}

EditNoteCommand::EditNoteCommand(
    Library &library, Target target, qint64 ownerId, const QString &body, std::optional<int> basedOn)
    : LibraryCommand(library, target == Target::Annotation ? tr("Edit note") : tr("Edit document note"),
        target == Target::Annotation ? documentOfAnnotation(library, ownerId) : ownerId)
    , m_target(target)
    , m_ownerId(ownerId)
    , m_body(body)
    , m_basedOn(basedOn)
{
}

int EditNoteCommand::id() const
{
    return kMergeId;
}

bool EditNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditNoteCommand *>(other);
    if (!next || next->m_target != m_target || next->m_ownerId != m_ownerId)
        return false;
    m_body = next->m_body;
    // Typed and deleted again: nothing left to undo.
    setObsolete(m_haveOld && m_body == m_oldBody);
    return true;
}

void EditNoteCommand::checkUnchanged()
{
    const auto note = m_target == Target::Annotation ? library().notes().forAnnotation(m_ownerId)
                                                     : library().notes().forDocument(m_ownerId);
    ensureUnchanged(Change::Kind::Note, note);
}

void EditNoteCommand::write(const QString &body, std::optional<int> basedOn)
{
    const WriteResult result = m_target == Target::Annotation
        ? library().notes().setAnnotationNote(m_ownerId, body, basedOn)
        : library().notes().setDocumentNote(m_ownerId, body, basedOn);
    if (result.conflict)
        notice(result.conflict->noteMessage());
}

void EditNoteCommand::apply()
{
    if (!appliedBefore()) {
        const auto note = m_target == Target::Annotation ? library().notes().forAnnotation(m_ownerId)
                                                         : library().notes().forDocument(m_ownerId);
        m_oldBody = note ? note->body : QString();
        m_haveOld = true;
        write(m_body, m_basedOn);
        return;
    }
    checkUnchanged();
    write(m_body, std::nullopt);
}

void EditNoteCommand::revert()
{
    checkUnchanged();
    write(m_oldBody, std::nullopt);
}

} // namespace bitext::ui
