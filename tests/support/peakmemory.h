#pragma once

#include <QtGlobal>

namespace bitext::test {

// How much this process's resident memory grew at its peak since the object was
// made: the proof that a hostile input was refused in bounded memory. Linux's
// VmHWM, reset through /proc/self/clear_refs; -1 where that cannot be read.
class PeakMemory
{
public:
    PeakMemory();
    // Peak resident memory minus the resident memory at construction, in MiB.
    qint64 grownMiB() const;

    // A /proc/self/status field ("VmHWM", "VmRSS") in KiB, or -1.
    static qint64 statusKiB(const char *field);

private:
    qint64 m_startKiB = -1;
};

} // namespace bitext::test
