#pragma once

#include "models/core/error.h"

#include <QString>

#include <atomic>
#include <functional>

namespace bitext {

// How far an import has come, for a progress dialog.
struct ImportProgress
{
    enum class Phase { Reading, Parsing, Storing, Done };
    Phase phase = Phase::Reading;
    QString file;
    qint64 done = 0; // bytes read, lines parsed or segments stored
    qint64 total = 0; // of the same unit
};

// Thrown when an import was cancelled; the transaction in scope rolls back.
class ImportCancelled : public Error
{
public:
    ImportCancelled();
};

// The link between a running import and whoever watches it: a progress callback
// and a cancel flag that may be set from any thread. Parsers call checkpoint()
// every few lines; it throws ImportCancelled once the flag is set.
class ImportMonitor
{
public:
    ImportMonitor() = default;
    ImportMonitor(std::function<void(const ImportProgress &)> onProgress, const std::atomic_bool *cancel)
        : m_onProgress(std::move(onProgress))
        , m_cancel(cancel)
    {
    }

    void setFile(const QString &file) { m_file = file; }
    // Another reason to stop than the user's cancel: the import no longer needs this
    // file (ImportPipeline's reading thread, when the file turned out a duplicate).
    void setStop(std::function<bool()> stop) { m_stop = std::move(stop); }
    bool cancelled() const { return (m_cancel && m_cancel->load()) || (m_stop && m_stop()); }
    // Reports progress (at most every 256 units unless forced) and throws when cancelled.
    void checkpoint(ImportProgress::Phase phase, qint64 done, qint64 total, bool force = false);

    // For parsers called with no monitor.
    static void checkpoint(ImportMonitor *monitor, ImportProgress::Phase phase, qint64 done, qint64 total)
    {
        if (monitor)
            monitor->checkpoint(phase, done, total);
    }

private:
    std::function<void(const ImportProgress &)> m_onProgress;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<bool()> m_stop;
    QString m_file;
};

} // namespace bitext
