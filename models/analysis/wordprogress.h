#pragma once

#include "models/core/error.h"

#include <atomic>

namespace bitext {

// Thrown inside a word count or a concordance when the user asked to stop it.
class WordCountCanceled : public Error
{
public:
    using Error::Error;
};

// How far a word count running on a worker thread has got (documents done of all), and
// the user's wish to stop it: the worker steps, the GUI thread reads and cancels. Lock-free.
class WordProgress
{
public:
    void begin(int total)
    {
        m_total.store(total, std::memory_order_relaxed);
        m_done.store(0, std::memory_order_relaxed);
    }
    // Worker: one more done; throws WordCountCanceled once cancel() was called.
    void step()
    {
        m_done.fetch_add(1, std::memory_order_relaxed);
        checkCanceled();
    }
    void checkCanceled() const
    {
        if (isCanceled())
            throw WordCountCanceled(QStringLiteral("canceled"));
    }
    int done() const { return m_done.load(std::memory_order_relaxed); }
    int total() const { return m_total.load(std::memory_order_relaxed); }
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }

    // For code that may run without progress (`bitext report`, tests).
    static void step(WordProgress *progress)
    {
        if (progress)
            progress->step();
    }

private:
    std::atomic<int> m_done {0};
    std::atomic<int> m_total {0};
    std::atomic<bool> m_canceled {false};
};

} // namespace bitext
