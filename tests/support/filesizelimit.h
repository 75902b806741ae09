#pragma once

#include <QtGlobal>

#include <sys/resource.h>

namespace bitext::test {

// While it lives, no file of this process (or of a child it starts) can grow beyond
// `bytes` (RLIMIT_FSIZE), with SIGXFSZ ignored: a write past the limit then takes what
// fits and the next one fails with EFBIG ("File too large"), as on a disk that fills
// up. The process's limit and signal disposition are restored afterwards.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isActive() const { return m_active; }

private:
    rlimit m_previous {};
    void (*m_previousHandler)(int) = nullptr;
    bool m_active = false;
};

} // namespace bitext::test
