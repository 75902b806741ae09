#include "models/import/importmonitor.h"

#include <QCoreApplication>

namespace bitext {

ImportCancelled::ImportCancelled() : Error(QCoreApplication::translate("ImportMonitor", "The import was cancelled.")) {}

void ImportMonitor::checkpoint(ImportProgress::Phase phase, qint64 done, qint64 total, bool force)
{
    if (cancelled())
        throw ImportCancelled();
    if (m_onProgress && (force || done % 256 == 0 || done == total)) {
        ImportProgress progress;
        progress.phase = phase;
        progress.file = m_file;
        progress.done = done;
        progress.total = total;
        m_onProgress(progress);
        // The watcher may have cancelled in its callback.
        if (cancelled())
            throw ImportCancelled();
    }
}

} // namespace bitext
