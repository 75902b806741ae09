#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace bitext {
class Library;
class WordProgress;
} // namespace bitext

namespace bitext::ui {

// Runs the Words view's counting and the concordance's search on a worker thread, one
// at a time: the worker opens its own connection to the library (connections belong to
// the thread that opened them), reports progress and stops at Cancel. Starting again
// cancels the run before; only the last run's finished() is emitted.
class WordJob : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker; throws WordCountCanceled or Error.
    using Work = std::function<void(Library &library, WordProgress &progress)>;

    explicit WordJob(Library &library, QObject *parent = nullptr);
    ~WordJob() override;

    void start(const Work &work);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progressed(int done, int total);
    // On the GUI thread, after the work: canceled, or failed with a message, or neither.
    void finished(bool canceled, const QString &error);

private:
    void poll();

    Library &m_library;
    std::shared_ptr<WordProgress> m_progress;
    QFutureWatcher<QString> *m_watcher = nullptr;
    QTimer m_poll;
    bool m_running = false;
};

} // namespace bitext::ui
