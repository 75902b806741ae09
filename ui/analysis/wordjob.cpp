#include "ui/analysis/wordjob.h"

#include "models/analysis/wordprogress.h"
#include "models/store/library.h"

#include <QtConcurrent>

namespace bitext::ui {

namespace {
// What the worker returns for a canceled run (an error message is never empty).
const QString kCanceled = QStringLiteral("\x01canceled");
} // namespace

WordJob::WordJob(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &WordJob::poll);
}

WordJob::~WordJob()
{
    cancel();
    if (m_watcher)
        m_watcher->waitForFinished(); // the work uses nothing of ours, but let it end
}

void WordJob::start(const Work &work)
{
    cancel();
    if (m_watcher && m_watcher->isFinished()) {
        delete m_watcher;
    } else if (m_watcher) {
        // The run before ends on its own; its result is no longer wanted.
        m_watcher->disconnect(this);
        connect(m_watcher, &QFutureWatcher<QString>::finished, m_watcher, &QObject::deleteLater);
    }
    auto progress = std::make_shared<WordProgress>();
    m_progress = progress;
    const QString location = m_library.location();
    m_watcher = new QFutureWatcher<QString>(this);
    connect(m_watcher, &QFutureWatcher<QString>::finished, this, [this, progress] {
        const QString result = m_watcher->result();
        m_running = false;
        m_poll.stop();
        const bool canceled = progress->isCanceled() || result == kCanceled;
        emit finished(canceled, canceled ? QString() : result);
    });
    m_running = true;
    m_watcher->setFuture(QtConcurrent::run([location, work, progress]() -> QString {
        try {
            const auto library = Library::open(location, Library::Marker::AtFirstWrite);
            work(*library, *progress);
            return QString();
        } catch (const WordCountCanceled &) {
            return kCanceled;
        } catch (const Error &e) {
            return e.message();
        }
    }));
    m_poll.start();
}

void WordJob::cancel()
{
    if (m_progress && m_running)
        m_progress->cancel();
}

void WordJob::poll()
{
    if (m_progress)
        emit progressed(m_progress->done(), m_progress->total());
}

} // namespace bitext::ui
