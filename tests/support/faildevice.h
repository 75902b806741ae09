#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QPointer>

namespace bitext::test {

// A device that accepts failAfter bytes and then refuses every write with "No space
// left on device", as a disk that fills up does (after KeePassXC's tests/FailDevice).
// The bytes it accepts are kept, or passed on to a target device (a QSaveFile, to
// see that a half-written file is never committed). A write that crosses the limit
// is either cut short (the kernel's write() takes what fits and fails the next call)
// or refused whole.
class FailDevice : public QIODevice
{
public:
    enum class Crossing { Short, Refused };

    explicit FailDevice(qint64 failAfter, QIODevice *target = nullptr, Crossing crossing = Crossing::Short);

    // The text every refused write sets as the error.
    static QString reason();

    QByteArray accepted() const { return m_accepted; }
    qint64 acceptedSize() const { return m_acceptedSize; }
    // How many writes it refused.
    int refusedWrites() const { return m_refused; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    qint64 m_failAfter;
    QPointer<QIODevice> m_target;
    Crossing m_crossing;
    QByteArray m_accepted;
    qint64 m_acceptedSize = 0;
    int m_refused = 0;
};

// Where a device, a file-size limit or a disk gives up on an output of `size` bytes
// in the failing-device tests: at once, after one byte, halfway, one byte before the end.
QList<qint64> failurePoints(qint64 size);

} // namespace bitext::test
