#include "ui/media/attachmediacontroller.h"

#include "models/core/error.h"
#include "models/item/segmentmodel.h"
#include "models/media/medialocation.h"
#include "models/media/mediarepository.h"
#include "models/store/library.h"
#include "models/text/untrustedtext.h"
#include "ui/commands/attachmediacommand.h"
#include "ui/common/filedialog.h"
#include "ui/common/languagechange.h"
#include "ui/import/importcontroller.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/readonlybanner.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/media/missingmediabar.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace bitext::ui {

AttachMediaController::AttachMediaController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_attach(new QAction(this))
    , m_detach(new QAction(this))
    , m_bar(new MissingMediaBar(window))
{
    m_attach->setObjectName(QStringLiteral("attachMediaAction"));
    m_detach->setObjectName(QStringLiteral("detachMediaAction"));
    // In Import's group, last (after Attach Translation when it is there): they bring
    // files to the library, the text first.
    QMenu *file = window->menu(MainWindow::Menu::File);
    const QList<QAction *> items = file->actions();
    int at = int(items.indexOf(window->actions()->import));
    while (at >= 0 && at + 1 < items.size() && !items.at(at + 1)->isSeparator())
        ++at;
    QAction *before = at >= 0 && at + 1 < items.size() ? items.at(at + 1) : nullptr;
    file->insertActions(before, {m_attach, m_detach});
    window->readOnlyBanner()->addEditActions({m_attach, m_detach});
    // Over the reader, under the document header: it is about this document.
    auto *page = static_cast<QVBoxLayout *>(window->reader()->parentWidget()->layout());
    page->insertWidget(page->indexOf(window->reader()), m_bar);

    connect(m_attach, &QAction::triggered, this, &AttachMediaController::chooseMedia);
    connect(m_detach, &QAction::triggered, this, &AttachMediaController::detach);
    connect(m_bar, &MissingMediaBar::locateRequested, this, &AttachMediaController::chooseMedia);
    connect(m_bar, &MissingMediaBar::detachRequested, this, &AttachMediaController::detach);
    connect(m_bar, &MissingMediaBar::dismissed, this, [this] { m_dismissed.insert(m_window->currentDocumentId()); });
    connect(window, &MainWindow::libraryChanged, this, &AttachMediaController::onLibraryChanged);
    connect(window->segmentModel(), &SegmentModel::modelReset, this, &AttachMediaController::update);
    connect(window->segmentModel(), &SegmentModel::documentRefreshed, this, &AttachMediaController::update);
    // Before the window's own filter (the last installed runs first): a media file
    // dropped on an open document is attached, not imported.
    window->installEventFilter(this);
    onLanguageChange(this, [this] {
        m_attach->setText(tr("Attach &Media…"));
        m_attach->setToolTip(tr("Attach an audio or video file to the open document"));
        m_detach->setText(tr("Detac&h Media"));
        m_detach->setToolTip(tr("Forget the media file of the open document"));
    });
    update();
}

QString AttachMediaController::fileFilter()
{
    QStringList patterns;
    const QStringList extensions = MediaLocation::extensions();
    for (const QString &extension : extensions)
        patterns << QStringLiteral("*.") + extension;
    return tr("Audio and video (%1);;All files (*)").arg(patterns.join(QLatin1Char(' ')));
}

bool AttachMediaController::isMediaFile(const QString &file)
{
    return MediaLocation::extensions().contains(QFileInfo(file).suffix().toLower());
}

void AttachMediaController::onLibraryChanged(Library *library)
{
    m_dismissed.clear();
    if (library)
        connect(library, &Library::documentChanged, this, [this](qint64 documentId) {
            if (documentId == m_window->currentDocumentId())
                update();
        });
    update();
}

void AttachMediaController::update()
{
    Library *library = m_window->library();
    const qint64 documentId = m_window->currentDocumentId();
    const bool document = library && documentId;
    const bool hasMedia = document && !m_window->segmentModel()->document().mediaPath.isEmpty();
    m_attach->setEnabled(document);
    m_detach->setEnabled(hasMedia);
    bool missing = false;
    QString path;
    if (hasMedia) {
        try {
            MediaRepository media(*library);
            missing = media.isMissing(documentId);
            path = media.absolutePath(documentId);
        } catch (const Error &) {
            missing = false; // the reader reports an unreadable library
        }
    }
    if (missing && !m_dismissed.contains(documentId))
        m_bar->showMissing(path);
    else
        m_bar->hide();
    // The player opens a document's media when the document is shown; a file attached,
    // located, detached (or undone) while it shows is announced for it to open.
    if (documentId && documentId == m_shownDocument && path != m_shownMedia)
        emit mediaReplaced(path);
    m_shownDocument = documentId;
    m_shownMedia = path;
}

void AttachMediaController::chooseMedia()
{
    if (!m_window->currentDocumentId())
        return;
    // Start beside the file it had (Locate…), else beside the library.
    QString folder = QFileInfo(m_bar->isVisible() ? m_bar->file() : m_window->libraryPath()).absolutePath();
    if (!QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString file = FileDialog::getOpenFileName(m_window, tr("Attach Media"), folder, fileFilter());
    if (!file.isEmpty())
        attach(file);
}

bool AttachMediaController::attach(const QString &file)
{
    Library *library = m_window->library();
    const qint64 documentId = m_window->currentDocumentId();
    if (!library || !documentId)
        return false;
    if (library->isReadOnly()) {
        report(tr("Cannot Attach Media"), m_window->readOnlyBanner()->message());
        return false;
    }
    if (!isMediaFile(file)) {
        report(tr("Cannot Attach Media"),
            tr("%1 is not an audio or video file Bitext can play. Choose a file ending in %2.")
                .arg(QDir::toNativeSeparators(file), MediaLocation::extensions().join(QStringLiteral(", "))));
        return false;
    }
    const QString error = m_window->undoController()->push(
        new AttachMediaCommand(*library, documentId, QFileInfo(file).absoluteFilePath()));
    if (!error.isEmpty()) {
        report(tr("Cannot Attach Media"), error);
        return false;
    }
    m_dismissed.remove(documentId);
    m_window->statusBar()->showMessage(tr("Attached %1.").arg(QFileInfo(file).fileName()), 6000);
    return true;
}

void AttachMediaController::detach()
{
    Library *library = m_window->library();
    const qint64 documentId = m_window->currentDocumentId();
    if (!library || !documentId || m_window->segmentModel()->document().mediaPath.isEmpty())
        return;
    const QString error = m_window->undoController()->push(new AttachMediaCommand(*library, documentId, QString()));
    if (!error.isEmpty())
        report(tr("Cannot Detach Media"), error);
}

void AttachMediaController::report(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, title, untrustedtext::shownLiterally(message), QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("attachMediaError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool AttachMediaController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::DragEnter && event->type() != QEvent::DragMove && event->type() != QEvent::Drop)
        return QObject::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    const QStringList files = ImportController::localFiles(drop->mimeData());
    // One media file on an open document; anything else is for importing.
    if (files.size() != 1 || !isMediaFile(files.first()) || !m_window->currentDocumentId())
        return QObject::eventFilter(watched, event);
    drop->acceptProposedAction();
    if (event->type() == QEvent::Drop) {
        const QString file = files.first();
        // After the drop returns: the drag source is not kept waiting on a message.
        QTimer::singleShot(0, this, [this, file] { attach(file); });
    }
    return true;
}

} // namespace bitext::ui
