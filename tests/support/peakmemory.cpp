#include "tests/support/peakmemory.h"

#include <QFile>

namespace bitext::test {

qint64 PeakMemory::statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

PeakMemory::PeakMemory()
{
    // "5" resets the peak to the present resident size (Linux 4.0 and later).
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
    m_startKiB = statusKiB("VmRSS");
}

qint64 PeakMemory::grownMiB() const
{
    const qint64 peak = statusKiB("VmHWM");
    if (peak < 0 || m_startKiB < 0)
        return -1;
    return qMax<qint64>(0, peak - m_startKiB) >> 10;
}

} // namespace bitext::test
