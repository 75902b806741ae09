#include "ui/commands/settimecommand.h"

#include "models/media/mediarepository.h"
#include "models/store/library.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace bitext::ui {

SetSegmentStartCommand::SetSegmentStartCommand(Library &library, qint64 documentId, qint64 segmentId, qint64 startMs)
    : LibraryCommand(library, QCoreApplication::translate("SetSegmentStartCommand", "Mark Segment Start"), documentId)
    , m_segmentId(segmentId)
    , m_startMs(startMs)
{
}

void SetSegmentStartCommand::apply()
{
    m_before = SegmentTiming(m_library).setStart(m_segmentId, m_startMs);
}

void SetSegmentStartCommand::revert()
{
    SegmentTiming(m_library).restore(m_before);
}

NudgeSegmentCommand::NudgeSegmentCommand(Library &library, qint64 documentId, qint64 segmentId, qint64 deltaMs)
    : LibraryCommand(library,
        deltaMs < 0 ? QCoreApplication::translate("NudgeSegmentCommand", "Move Segment Start Earlier")
                    : QCoreApplication::translate("NudgeSegmentCommand", "Move Segment Start Later"),
        documentId)
    , m_segmentId(segmentId)
    , m_deltaMs(deltaMs)
{
}

void NudgeSegmentCommand::apply()
{
    m_before = SegmentTiming(m_library).nudge(m_segmentId, m_deltaMs);
}

void NudgeSegmentCommand::revert()
{
    SegmentTiming(m_library).restore(m_before);
}

AttachMediaCommand::AttachMediaCommand(Library &library, qint64 documentId, const QString &file)
    : LibraryCommand(library,
        file.isEmpty() ? QCoreApplication::translate("AttachMediaCommand", "Detach Media")
                       : QCoreApplication::translate("AttachMediaCommand", "Attach %1").arg(QFileInfo(file).fileName()),
        documentId)
    , m_file(file)
{
}

void AttachMediaCommand::apply()
{
    if (!appliedBefore())
        m_before = MediaRepository(m_library).absolutePath(documentId());
    store(m_file);
}

void AttachMediaCommand::revert()
{
    store(m_before);
}

void AttachMediaCommand::store(const QString &file)
{
    MediaRepository media(m_library);
    if (file.isEmpty())
        media.detach(documentId());
    else
        media.attach(documentId(), file);
}

} // namespace bitext::ui
