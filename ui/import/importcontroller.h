#pragma once

#include "models/import/importresult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QMimeData;
class QProgressDialog;
class QThread;
class QWidget;

namespace bitext {
struct ImportProgress;
}

namespace bitext::ui {

// Imports files from the GUI without freezing it: ImportService runs in a worker thread
// on its own Library connection (same file), with a progress dialog whose Cancel stops
// it (nothing half-stored), then one report dialog for the files that failed.
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QWidget *parent);
    ~ImportController() override;

    // The file dialog's filter: transcripts, REFI-QDA projects and codebooks, Web Annotation.
    static QString fileFilter();
    // File > Import: asks for files (multi-select); empty when cancelled.
    static QStringList chooseFiles(QWidget *parent);
    // The local files of a drag and drop (folders and remote URLs are left out).
    static QStringList localFiles(const QMimeData *mime);

    // Starts importing; returns false when an import is already running.
    bool start(const QString &libraryPath, const QStringList &files, bool replace = false);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel();
    // Blocks until the running import finished (tests, closing the window).
    void wait();
    // When false, no dialog is shown (tests read finished()).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // Lets another feature take files instead of importing them one by one (two files
    // paired as one document, a dropped file attached to the open one): the offer returns
    // true when it took them.
    using Offer = std::function<bool(const QStringList &files, bool dropped)>;
    void setOffer(Offer offer) { m_offer = std::move(offer); }
    bool offer(const QStringList &files, bool dropped) const { return m_offer && m_offer(files, dropped); }

signals:
    // After the worker stored its documents: the GUI's Library must re-read.
    void finished(const QList<bitext::ImportResult> &results);

private:
    void onProgress(const ImportProgress &progress);
    void onFinished();

    QPointer<QWidget> m_parent;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<QList<ImportResult>> m_results;
    QStringList m_files;
    QString m_libraryPath;
    bool m_interactive = true;
    Offer m_offer;
};

} // namespace bitext::ui
