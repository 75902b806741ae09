#include "ui/commands/assignspeakercommand.h"

#include "models/store/library.h"
#include "models/store/speakerrepository.h"

#include <QCoreApplication>

namespace bitext::ui {

AssignSpeakerCommand::AssignSpeakerCommand(Library &library, qint64 documentId, const QList<qint64> &segmentIds,
                                           qint64 speakerId, const QString &speakerName)
    : LibraryCommand(library, speakerId ? QCoreApplication::translate("AssignSpeakerCommand", "Assign %n Segment(s) to %1",
                                                                      nullptr, int(segmentIds.size()))
                                              .arg(speakerName)
                                        : QCoreApplication::translate("AssignSpeakerCommand", "Clear Speaker of %n Segment(s)",
                                                                      nullptr, int(segmentIds.size())),
                    documentId)
    , m_segmentIds(segmentIds)
    , m_speakerId(speakerId)
{
    setObsolete(segmentIds.isEmpty());
}

void AssignSpeakerCommand::apply()
{
    m_previous = m_library.speakers().assign(m_segmentIds, m_speakerId);
}

void AssignSpeakerCommand::revert()
{
    m_library.speakers().restoreAssignment(m_previous);
}

} // namespace bitext::ui
