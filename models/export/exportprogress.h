#pragma once

#include "models/core/error.h"

#include <atomic>

namespace bitext {

// Thrown inside an export when the user asked to stop it: the file is left as it was.
class ExportCanceled : public Error
{
public:
    using Error::Error;
};

// How far an export running on a worker thread has got, and the user's wish to stop
// it. The worker begins each phase with its number of steps and steps through them
// (a document collected, a quote rendered); every step is also where a cancel takes
// effect. The GUI thread reads permille() and calls cancel(); both are lock-free.
class ExportProgress
{
public:
    enum class Phase { Collecting, Rendering, Writing };

    // Worker: a phase of `steps` steps starts (it may be 0).
    void begin(Phase phase, int steps);
    // Worker: one step done. Throws ExportCanceled once cancel() was called.
    void step();
    // Worker: throws ExportCanceled once cancel() was called.
    void checkCanceled() const;
    // Worker: everything is written.
    void finish() { raise(1000); }

    // Any thread: 0 to 1000, never going back.
    int permille() const { return m_permille.load(std::memory_order_relaxed); }
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }

    // For code that may run without progress (`bitext export`, tests).
    static void step(ExportProgress *progress)
    {
        if (progress)
            progress->step();
    }

private:
    void raise(int permille);

    // Only the worker writes these.
    int m_from = 0;
    int m_to = 0;
    int m_steps = 0;
    int m_done = 0;
    std::atomic<int> m_permille {0};
    std::atomic<bool> m_canceled {false};
};

} // namespace bitext
