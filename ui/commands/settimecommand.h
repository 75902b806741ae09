#pragma once

#include "models/media/segmenttiming.h"
#include "ui/commands/librarycommand.h"

namespace bitext::ui {

// Tap timing: a segment starts at the player's position (and the segment before it ends
// there unless it already ended earlier). Stored at once; undo puts both rows back.
class SetSegmentStartCommand : public LibraryCommand
{
public:
    SetSegmentStartCommand(Library &library, qint64 documentId, qint64 segmentId, qint64 startMs);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_segmentId;
    qint64 m_startMs;
    QList<SegmentTiming::Times> m_before;
};

// Moves a timed segment's start (and the boundary with the segment before) by deltaMs.
class NudgeSegmentCommand : public LibraryCommand
{
public:
    NudgeSegmentCommand(Library &library, qint64 documentId, qint64 segmentId, qint64 deltaMs);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_segmentId;
    qint64 m_deltaMs;
    QList<SegmentTiming::Times> m_before;
};

// Attaches a media file to a document (an empty path detaches it); undo brings back the
// file it had before.
class AttachMediaCommand : public LibraryCommand
{
public:
    AttachMediaCommand(Library &library, qint64 documentId, const QString &file);

protected:
    void apply() override;
    void revert() override;

private:
    void store(const QString &file);

    QString m_file;
    QString m_before; // absolute; empty for none
};

} // namespace bitext::ui
