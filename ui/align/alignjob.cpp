#include "ui/align/alignjob.h"

#include "models/align/alignservice.h"
#include "models/core/error.h"
#include "models/store/library.h"

#include <QProgressDialog>
#include <QThread>
#include <QWidget>

namespace bitext::ui {

AlignJob::AlignJob(QWidget *parent)
    : QObject(parent)
    , m_outcome(std::make_shared<Outcome>())
{
}

AlignJob::~AlignJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

AlignJob *AlignJob::start(
    QWidget *parent, const QString &libraryPath, qint64 documentId, const QString &zhFile, const QString &enFile)
{
    auto *job = new AlignJob(parent);
    const auto outcome = job->m_outcome;
    // SQLite connections belong to their thread: the worker opens its own, and the
    // window's Library learns of the new rows from its watcher afterwards.
    job->m_thread = QThread::create([libraryPath, documentId, zhFile, enFile, outcome] {
        try {
            const std::unique_ptr<Library> library = Library::open(libraryPath);
            AlignService service(*library);
            const AlignService::Result result
                = documentId ? service.attach(documentId, zhFile) : service.alignFiles(zhFile, enFile);
            outcome->documentId = result.documentId;
            outcome->pairs = result.pairs;
            outcome->lowConfidence = result.lowConfidence;
        } catch (const Error &error) {
            outcome->error = error.message();
        }
    });
    job->m_thread->setObjectName(QStringLiteral("align"));
    connect(job->m_thread, &QThread::finished, job, &AlignJob::onFinished);

    // Most pairings take a moment; a long one shows it is at work (it cannot be stopped
    // half-way: it stores in one transaction at the end).
    job->m_progress = new QProgressDialog(
        documentId ? tr("Attaching the translation…") : tr("Pairing the two files…"), QString(), 0, 0, parent);
    job->m_progress->setObjectName(QStringLiteral("alignProgress"));
    job->m_progress->setWindowTitle(tr("Pair Languages"));
    job->m_progress->setWindowModality(Qt::WindowModal);
    job->m_progress->setMinimumDuration(300);
    job->m_progress->setCancelButton(nullptr);
    job->m_progress->setValue(0);
    job->m_thread->start();
    return job;
}

void AlignJob::wait()
{
    if (m_thread) {
        m_thread->wait();
        onFinished();
    }
}

void AlignJob::onFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    emit finished(*m_outcome);
    deleteLater();
}

} // namespace bitext::ui
