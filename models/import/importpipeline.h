#pragma once

#include "models/import/importfilereader.h"

#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace bitext {

// The reading stage of an import of several files, in a thread of its own: it
// reads, hashes, decodes and parses file i+1 (and folds its index text) while the
// calling thread stores file i. At most one parsed file waits ahead, so memory stays
// bounded however many files come. The calling thread takes the files in order, one
// at a time, through source(); the reading thread's progress reaches it as entries
// it reports itself, so the progress callback is only ever called from the calling
// thread, in order, one file after the other.
class ImportPipeline
{
public:
    ImportPipeline(const QStringList &paths, const QString &format, const std::atomic_bool *cancel);
    ~ImportPipeline(); // stops and joins the reading thread

    // The next file's steps, in the order of `paths`; valid until the next call.
    ImportFileSource &next();

private:
    struct Entry
    {
        enum Type { Progress, Opened, Hashed, Parsed, Failed } type = Progress;
        int file = 0;
        ImportProgress progress;
        bool project = false;
        QString hash;
        ParsedDocument parsed;
        std::exception_ptr error;
        bool last() const { return type == Failed || type == Parsed || (type == Opened && project); }
    };
    class Source;

    void run();
    void post(Entry entry);
    // The calling thread: the current file's next step (Opened, Hashed, Parsed; a
    // Failed one is rethrown), reporting the progress entries before it to `monitor`.
    Entry take(ImportMonitor *monitor);
    // The calling thread, done with the current file: drops what is left of it.
    void finishFile();

    QStringList m_paths;
    QString m_format;
    const std::atomic_bool *m_cancel;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Entry> m_entries; // of the file being taken, then of the next
    int m_taken = -1; // the file the calling thread is at
    bool m_lastTaken = true; // it has had that file's last entry
    std::atomic_int m_dropped {-1}; // a file whose rest the calling thread does not need
    std::atomic_bool m_quit {false};
    std::unique_ptr<Source> m_source;
    std::thread m_thread;
};

} // namespace bitext
