#include "ui/mainwindow/filecontroller.h"

#include "models/core/preferences.h"
#include "models/import/importsummary.h"
#include "models/store/library.h"
#include "models/store/librarywatcher.h"
#include "models/text/untrustedtext.h"
#include "ui/common/filedialog.h"
#include "ui/import/importcontroller.h"
#include "ui/library/connectdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/readonlybanner.h"

#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace bitext::ui {

FileController::FileController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
    connect(m_window->importController(), &ImportController::finished, this, &FileController::onImportFinished);
    connect(m_window, &MainWindow::libraryChanged, this, &FileController::watch);
}

void FileController::watch(Library *library)
{
    // The watcher announces other connections' changes through the library, whose
    // signals the views already follow (the import worker, `bitext import`, a second
    // window, a colleague on the same server).
    delete m_watcher;
    m_watcher = library ? new LibraryWatcher(library, this) : nullptr;
    if (!m_watcher)
        return;
    connect(m_watcher, &LibraryWatcher::connectionLost, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(
            tr("Lost the connection to the library server; reconnecting… (%1)").arg(message));
    });
    connect(m_watcher, &LibraryWatcher::connectionRestored, this,
        [this] { m_window->statusBar()->showMessage(tr("Connected to the library server again."), 6000); });
}

QString FileController::libraryFolder()
{
    // The folder of the library location in Preferences, while it exists.
    const QString folder = QFileInfo(Preferences::libraryLocation()).absolutePath();
    return QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void FileController::chooseNewLibrary()
{
    const QString path = FileDialog::getSaveFileName(
        m_window, tr("New Library"), libraryFolder() + tr("/library.sqlite"), tr("Bitext libraries (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(m_window, tr("New Library"),
            untrustedtext::shownLiterally(tr("Cannot replace %1.").arg(QDir::toNativeSeparators(path))));
        return;
    }
    m_window->openLibrary(path);
}

void FileController::chooseLibrary()
{
    const QString path = FileDialog::getOpenFileName(
        m_window, tr("Open Library"), libraryFolder(), tr("Bitext libraries (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        m_window->openLibrary(path);
}

void FileController::chooseServerLibrary()
{
    auto *dialog = new ConnectDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_window,
        [window = m_window, dialog] { window->openLibrary(dialog->settings().url()); });
    dialog->open();
}

void FileController::chooseImport()
{
    importFiles(ImportController::chooseFiles(m_window));
}

void FileController::importFiles(const QStringList &files, bool dropped)
{
    if (!m_window->library() || files.isEmpty())
        return;
    if (m_window->library()->isReadOnly()) { // dropped files: the Import action is off
        QMessageBox::warning(m_window, tr("Cannot Import"), m_window->readOnlyBanner()->message());
        return;
    }
    if (m_window->importController()->offer(files, dropped))
        return;
    if (!m_window->importController()->start(m_window->library()->location(), files))
        m_window->statusBar()->showMessage(tr("An import is already running."), 4000);
}

void FileController::onImportFinished(const QList<ImportResult> &results)
{
    if (!m_window->library())
        return;
    // The worker wrote through its own connection: re-read now rather than at the next poll.
    if (m_watcher)
        m_watcher->check();
    qint64 first = 0;
    for (const ImportResult &r : results) {
        if (r.status == ImportResult::Status::Replaced)
            emit m_window->library()->documentChanged(r.documentId);
        if (r.status == ImportResult::Status::Imported || r.status == ImportResult::Status::Replaced)
            first = first ? first : r.documentId;
    }
    m_window->statusBar()->showMessage(ImportSummary(results).text(), 6000);
    if (first && !m_window->currentDocumentId())
        m_window->openDocument(first);
}

bool FileController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (m_window->library() && !ImportController::localFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = ImportController::localFiles(drop->mimeData());
        if (!files.isEmpty()) {
            drop->acceptProposedAction();
            // After the drop returns, so the drag source is not kept waiting on the dialog.
            QTimer::singleShot(0, this, [this, files] { importFiles(files, true); });
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bitext::ui
