#include "tests/support/filesizelimit.h"

#include <csignal>

namespace bitext::test {

FileSizeLimit::FileSizeLimit(qint64 bytes)
{
    m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    if (getrlimit(RLIMIT_FSIZE, &m_previous) != 0)
        return;
    rlimit limited = m_previous;
    limited.rlim_cur = rlim_t(bytes);
    m_active = setrlimit(RLIMIT_FSIZE, &limited) == 0;
}

FileSizeLimit::~FileSizeLimit()
{
    if (m_active)
        setrlimit(RLIMIT_FSIZE, &m_previous);
    std::signal(SIGXFSZ, m_previousHandler == SIG_ERR ? SIG_DFL : m_previousHandler);
}

} // namespace bitext::test
