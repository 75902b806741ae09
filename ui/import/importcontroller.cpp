#include "ui/import/importcontroller.h"

#include "models/import/importservice.h"
#include "models/text/untrustedtext.h"
#include "ui/common/filedialog.h"
#include "ui/import/importreportdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>
#include <QUrl>

namespace bitext::ui {

ImportController::ImportController(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{
}

ImportController::~ImportController()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

QString ImportController::fileFilter()
{
    return tr("Transcripts and projects (*.txt *.md *.markdown *.srt *.vtt *.qdpx *.qdc *.json *.jsonld);;"
              "REFI-QDA projects and codebooks (*.qdpx *.qdc);;Web Annotation (*.json *.jsonld);;All files (*)");
}

QStringList ImportController::chooseFiles(QWidget *parent)
{
    QSettings settings;
    const QString dirKey = QStringLiteral("import/lastDirectory");
    const QStringList files = FileDialog::getOpenFileNames(
        parent, tr("Import Transcripts"), settings.value(dirKey, QDir::homePath()).toString(), fileFilter());
    if (!files.isEmpty())
        settings.setValue(dirKey, QFileInfo(files.first()).absolutePath());
    return files;
}

QStringList ImportController::localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    return files;
}

bool ImportController::start(const QString &libraryPath, const QStringList &files, bool replace)
{
    if (m_thread || files.isEmpty())
        return false;
    m_files = files;
    m_libraryPath = libraryPath;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_results = std::make_shared<QList<ImportResult>>();

    if (m_interactive && m_parent) {
        m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, int(files.size()) * 100, m_parent);
        m_progress->setWindowTitle(tr("Import"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(300); // no flash for a quick import
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    }

    const auto cancelFlag = m_cancel;
    const auto results = m_results;
    ImportService::Options options;
    options.replace = replace;
    options.cancel = cancelFlag.get();
    options.onProgress = [this](const ImportProgress &progress) {
        QMetaObject::invokeMethod(
            this, [this, progress] { onProgress(progress); }, Qt::QueuedConnection);
    };
    // The service's own worker entry point: it opens the worker's connection (SQLite
    // connections belong to their thread) and applies every import rule the CLI does.
    m_thread = QThread::create([libraryPath, files, options, cancelFlag, results] {
        *results = ImportService::importWithOwnLibrary(libraryPath, files, options);
    });
    m_thread->setObjectName(QStringLiteral("import"));
    connect(m_thread, &QThread::finished, this, &ImportController::onFinished);
    m_thread->start();
    return true;
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportController::wait()
{
    if (m_thread) {
        m_thread->wait();
        onFinished();
    }
}

void ImportController::onProgress(const ImportProgress &progress)
{
    if (!m_progress)
        return;
    const int index = qMax(0, int(m_files.indexOf(progress.file)));
    const int part = progress.total > 0 ? int(qMin<qint64>(100, progress.done * 100 / progress.total)) : 0;
    m_progress->setValue(index * 100 + part);
    // A file name is outside text too: the label would take one that looks like HTML as HTML.
    m_progress->setLabelText(untrustedtext::shownLiterally(
        tr("Importing %1 (%2 of %3)…").arg(QFileInfo(progress.file).fileName()).arg(index + 1).arg(m_files.size())));
}

void ImportController::onFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    const QList<ImportResult> results = *m_results;
    emit finished(results);
    if (!m_interactive || !m_parent)
        return;

    bool anyFailed = false;
    QStringList changed;
    for (const ImportResult &r : results) {
        anyFailed = anyFailed || r.status == ImportResult::Status::Failed;
        if (r.status == ImportResult::Status::ChangedVersionExists)
            changed << r.file;
    }
    if (anyFailed)
        ImportReportDialog(results, m_parent).exec();
    if (!changed.isEmpty()) {
        const auto answer = QMessageBox::question(m_parent, tr("Import"),
            tr("%n file(s) are changed versions of documents already in the library. Replace those documents? "
               "Their annotations are kept and moved to the new text where it can be found.",
                nullptr, int(changed.size())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            start(m_libraryPath, changed, true);
    }
}

} // namespace bitext::ui
