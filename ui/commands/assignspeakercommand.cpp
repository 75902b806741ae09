#include "ui/commands/assignspeakercommand.h"

#include "models/store/database.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"

#include <QCoreApplication>

namespace bitext::ui {

AssignSpeakerCommand::AssignSpeakerCommand(Library &library, const QList<qint64> &segmentIds, qint64 speakerId,
                                           const QString &speakerName)
    : LibraryCommand(library, speakerId ? QCoreApplication::translate("AssignSpeakerCommand", "Assign %n Segment(s) to %1",
                                                                      nullptr, int(segmentIds.size()))
                                              .arg(speakerName)
                                        : QCoreApplication::translate("AssignSpeakerCommand", "Clear Speaker of %n Segment(s)",
                                                                      nullptr, int(segmentIds.size())))
    , m_segmentIds(segmentIds)
    , m_speakerId(speakerId)
{
    setObsolete(segmentIds.isEmpty());
}

AssignSpeakerCommand::AssignSpeakerCommand(Library &library, const QList<qint64> &segmentIds, const QString &speakerName)
    : AssignSpeakerCommand(library, segmentIds, 0, speakerName.trimmed())
{
    m_newName = speakerName.trimmed();
    setText(QCoreApplication::translate("AssignSpeakerCommand", "Assign %n Segment(s) to %1", nullptr,
                                        int(segmentIds.size()))
                .arg(m_newName));
}

void AssignSpeakerCommand::apply()
{
    SpeakerRepository &speakers = m_library.speakers();
    Transaction tx(m_library.database()); // a new speaker and its segments, or nothing
    if (m_created) {
        speakers.restore(*m_created); // redo: the same speaker, same id and colour
    } else if (!m_newName.isEmpty() && !m_speakerId) {
        if (const auto existing = speakers.findByName(m_newName)) {
            m_speakerId = existing->id;
        } else {
            m_speakerId = speakers.create(m_newName);
            m_created = speakers.find(m_speakerId);
        }
    }
    m_previous = speakers.assign(m_segmentIds, m_speakerId);
    tx.commit();
}

void AssignSpeakerCommand::revert()
{
    Transaction tx(m_library.database());
    m_library.speakers().restoreAssignment(m_previous);
    if (m_created)
        m_library.speakers().remove(m_created->id);
    tx.commit();
}

} // namespace bitext::ui
