#include "tests/support/faildevice.h"

#include <algorithm>

namespace bitext::test {

FailDevice::FailDevice(qint64 failAfter, QIODevice *target, Crossing crossing)
    : m_failAfter(failAfter)
    , m_target(target)
    , m_crossing(crossing)
{
}

QString FailDevice::reason()
{
    return QStringLiteral("No space left on device");
}

qint64 FailDevice::readData(char *data, qint64 maxSize)
{
    Q_UNUSED(data)
    Q_UNUSED(maxSize)
    return -1;
}

qint64 FailDevice::writeData(const char *data, qint64 size)
{
    const qint64 room = m_failAfter - m_acceptedSize;
    if (room <= 0 || (size > room && m_crossing == Crossing::Refused)) {
        ++m_refused;
        setErrorString(reason());
        return -1;
    }
    const qint64 taken = std::min(size, room);
    if (m_target) {
        const qint64 passed = m_target->write(data, taken);
        if (passed < 0) {
            setErrorString(m_target->errorString());
            return -1;
        }
        m_acceptedSize += passed;
        return passed;
    }
    m_accepted.append(data, int(taken));
    m_acceptedSize += taken;
    return taken;
}

QList<qint64> failurePoints(qint64 size)
{
    return {0, 1, size / 2, size - 1};
}

} // namespace bitext::test
