#pragma once

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace bitext::ui {

// Runs a widget's background work (a search, an export preview) on Qt's thread pool
// and hands the result to the GUI thread, so typing and scrolling never wait for the
// database. Only the latest start() is answered: a result that a newer request has
// superseded (the user typed on) is dropped. The work must not touch the widget or the
// GUI thread's Library: it opens its own connection, as QSqlDatabase connections
// belong to the thread that made them.
template<typename Result> class LatestJob
{
public:
    // `context` receives the results (its thread, its lifetime).
    explicit LatestJob(QObject *context)
        : m_context(context)
    {
    }
    ~LatestJob()
    {
        // The work runs to its end (it may write a file); its answer is not wanted.
        for (QFutureWatcher<Result> *watcher : std::as_const(m_running)) {
            watcher->disconnect();
            watcher->waitForFinished();
            delete watcher;
        }
    }

    LatestJob(const LatestJob &) = delete;
    LatestJob &operator=(const LatestJob &) = delete;

    void start(std::function<Result()> work, std::function<void(const Result &)> done)
    {
        const quint64 generation = ++m_generation;
        auto *watcher = new QFutureWatcher<Result>();
        m_running << watcher;
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_context, [this, watcher, generation, done] {
            m_running.removeOne(watcher);
            watcher->deleteLater();
            if (generation == m_generation) {
                m_answered = generation;
                done(watcher->result());
            }
        });
        watcher->setFuture(QtConcurrent::run(std::move(work)));
    }

    // Drops the answer of every job started so far (e.g. the query was cleared).
    void cancel() { m_answered = ++m_generation; }

    // The latest request is still without its answer.
    bool isBusy() const { return m_answered != m_generation; }

private:
    QObject *m_context;
    QList<QFutureWatcher<Result> *> m_running;
    quint64 m_generation = 0;
    quint64 m_answered = 0;
};

} // namespace bitext::ui
