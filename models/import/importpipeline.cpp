#include "models/import/importpipeline.h"

namespace bitext {

// What the calling thread sees of the current file: the reading thread's entries.
class ImportPipeline::Source : public ImportFileSource
{
public:
    explicit Source(ImportPipeline &pipeline)
        : m_pipeline(pipeline)
    {
    }
    bool isProject() override { return m_pipeline.take(nullptr).project; }
    QString hash(ImportMonitor &monitor) override { return m_pipeline.take(&monitor).hash; }
    ParsedDocument parse(ImportMonitor &monitor) override { return m_pipeline.take(&monitor).parsed; }

private:
    ImportPipeline &m_pipeline;
};

ImportPipeline::ImportPipeline(const QStringList &paths, const QString &format, const std::atomic_bool *cancel)
    : m_paths(paths)
    , m_format(format)
    , m_cancel(cancel)
    , m_source(new Source(*this))
{
    m_thread = std::thread([this] { run(); });
}

ImportPipeline::~ImportPipeline()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_quit = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

ImportFileSource &ImportPipeline::next()
{
    if (m_taken >= 0)
        finishFile();
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        ++m_taken;
        m_lastTaken = false;
    }
    m_changed.notify_all();
    return *m_source;
}

void ImportPipeline::run()
{
    for (int i = 0; i < m_paths.size(); ++i) {
        {
            // One parsed file ahead at most: file i once the calling thread is at i - 1.
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [&] { return m_quit || m_taken >= i - 1; });
            if (m_quit)
                return;
        }
        const QString &path = m_paths.at(i);
        ImportFileReader reader(path, m_format, true);
        ImportMonitor monitor(
            [this, i](const ImportProgress &progress) {
                Entry entry;
                entry.file = i;
                entry.progress = progress;
                post(std::move(entry));
            },
            m_cancel);
        monitor.setFile(path);
        monitor.setStop([this, i] { return m_quit || m_dropped == i; });
        Entry entry;
        entry.file = i;
        try {
            entry.type = Entry::Opened;
            entry.project = reader.isProject();
            post(entry);
            if (entry.project)
                continue;
            entry.type = Entry::Hashed;
            entry.hash = reader.hash(monitor);
            post(entry);
            entry.type = Entry::Parsed;
            entry.parsed = reader.parse(monitor);
            post(std::move(entry));
        } catch (...) {
            // Any exception is the file's, given to the calling thread as it would have
            // come there: ImportService turns it into the file's result.
            Entry failed;
            failed.file = i;
            failed.type = Entry::Failed;
            failed.error = std::current_exception();
            post(std::move(failed));
        }
    }
}

void ImportPipeline::post(Entry entry)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_entries.push_back(std::move(entry));
    }
    m_changed.notify_all();
}

ImportPipeline::Entry ImportPipeline::take(ImportMonitor *monitor)
{
    for (;;) {
        Entry entry;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_entries.empty(); });
            entry = std::move(m_entries.front());
            m_entries.pop_front();
        }
        Q_ASSERT(entry.file == m_taken);
        if (entry.last())
            m_lastTaken = true;
        if (entry.type == Entry::Failed)
            std::rethrow_exception(entry.error);
        if (entry.type == Entry::Progress) {
            if (monitor)
                monitor->checkpoint(entry.progress.phase, entry.progress.done, entry.progress.total, true);
            continue;
        }
        return entry;
    }
}

void ImportPipeline::finishFile()
{
    if (m_lastTaken)
        return;
    m_dropped = m_taken; // the reading thread stops at its next checkpoint
    try {
        while (!m_lastTaken)
            take(nullptr);
    } catch (...) {
        // The file's result is already decided; how its reading ended is of no use.
    }
}

} // namespace bitext
