#include "ui/mainwindow/fileopener.h"

#include "models/store/library.h"
#include "ui/import/importcontroller.h"
#include "ui/mainwindow/mainwindow.h"

#include <QTimer>

namespace bitext::ui {

FileOpener::FileOpener(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    connect(m_window->importController(), &ImportController::finished, this, &FileOpener::onImportFinished);
    // A server library opens once connected: files given at the start wait for it.
    connect(m_window, &MainWindow::libraryChanged, this, &FileOpener::startNext);
}

void FileOpener::open(const QStringList &files)
{
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    m_queued << files;
    startNext();
}

void FileOpener::startNext()
{
    if (m_queued.isEmpty() || m_importing || !m_window->library())
        return;
    // False while another import (File › Import, a drop) runs: ours follows when it ends.
    if (m_window->importController()->start(m_window->library()->location(), m_queued)) {
        m_importing = true;
        m_queued.clear();
    }
}

void FileOpener::onImportFinished(const QList<ImportResult> &results)
{
    if (m_importing) {
        m_importing = false;
        for (const ImportResult &result : results) {
            // A changed version keeps the old document until the user chooses to replace it.
            if (!result.failed() && result.documentId) {
                m_window->openDocument(result.documentId);
                emit opened(result.documentId);
                break;
            }
        }
    }
    // After the controller's own follow-up (its report, its replace question) has begun.
    if (!m_queued.isEmpty())
        QTimer::singleShot(0, this, &FileOpener::startNext);
}

} // namespace bitext::ui
