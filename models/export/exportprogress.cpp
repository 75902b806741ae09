#include "models/export/exportprogress.h"

#include <QCoreApplication>

#include <algorithm>

namespace bitext {

void ExportProgress::begin(Phase phase, int steps)
{
    // Shares of the bar by what each phase costs at scale: rendering (laying out, for
    // PDF and ODT) is the most, writing the bytes the least.
    switch (phase) {
    case Phase::Collecting:
        m_from = 0;
        m_to = 300;
        break;
    case Phase::Rendering:
        m_from = 300;
        m_to = 950;
        break;
    case Phase::Writing:
        m_from = 950;
        m_to = 1000;
        break;
    }
    m_steps = std::max(0, steps);
    m_done = 0;
    raise(m_from);
    checkCanceled();
}

void ExportProgress::step()
{
    ++m_done;
    if (m_steps > 0)
        raise(m_from + int(qint64(m_to - m_from) * std::min(m_done, m_steps) / m_steps));
    checkCanceled();
}

void ExportProgress::checkCanceled() const
{
    if (isCanceled())
        throw ExportCanceled(QCoreApplication::translate("bitext::Export", "The export was cancelled."));
}

void ExportProgress::raise(int permille)
{
    if (permille > m_permille.load(std::memory_order_relaxed))
        m_permille.store(permille, std::memory_order_relaxed);
}

} // namespace bitext
