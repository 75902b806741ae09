#include "ui/mainwindow/mainwindow.h"

#include "models/core/error.h"
#include "models/item/documentlistmodel.h"
#include "models/item/segmentmodel.h"
#include "models/store/connectionsettings.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/text/untrustedtext.h"
#include "ui/align/aligncontroller.h"
#include "ui/analysis/analysiscontroller.h"
#include "ui/annotate/annotationcontroller.h"
#include "ui/commands/librarycommand.h"
#include "ui/common/focuschain.h"
#include "ui/common/languagechange.h"
#include "ui/export/exportcontroller.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/manualdialog.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/help/welcomepage.h"
#include "ui/import/importcontroller.h"
#include "ui/library/backupcontroller.h"
#include "ui/library/documentheader.h"
#include "ui/library/librarycheckprogress.h"
#include "ui/library/librarypanel.h"
#include "ui/library/serverconnection.h"
#include "ui/mainwindow/documentcontroller.h"
#include "ui/mainwindow/filecontroller.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/readingposition.h"
#include "ui/mainwindow/readonlybanner.h"
#include "ui/mainwindow/recentlibrariesmenu.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/mainwindow/windowfit.h"
#include "ui/mainwindow/windowsettings.h"
#include "ui/media/attachmediacontroller.h"
#include "ui/media/mediasession.h"
#include "ui/media/timingtools.h"
#include "ui/preferences/preferencescontroller.h"
#include "ui/reader/readerview.h"
#include "ui/reader/segmentrepaircontroller.h"
#include "ui/search/searchcontroller.h"
#include "ui/speakers/speakercontroller.h"
#include "ui/speakers/speakerpanel.h"
#include "ui/timeline/speakertimeline.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

// Resources of a static library must be registered by hand, outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(bitext);
}

namespace bitext::ui {

namespace {

// The window title's name of a library: the file's name, or "DB on HOST" for a server.
QString libraryName(const QString &location)
{
    if (!ConnectionSettings::isUrl(location))
        return QFileInfo(location).completeBaseName();
    const ConnectionIdentity server = ConnectionSettings::fromUrl(location).identity();
    return MainWindow::tr("%1 on %2").arg(server.database, server.shownHost());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undo(new UndoController(this))
    , m_actions(new MainActions(m_undo, this))
    , m_segments(new SegmentModel(this))
    , m_speakers(new SpeakerController(m_undo, this))
    , m_documents(new DocumentController(m_undo, this))
    , m_import(new ImportController(this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/bitext/bitext.svg")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    m_files = new FileController(this);
    m_actions->createMenus(menuBar());
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->panelsMenu->addAction(m_toolBar->toggleViewAction());
    createCentralWidget();
    createDocks();
    connectActions();
    m_annotations = new AnnotationController(this);
    new SegmentRepairController(this);
    auto *search = new SearchController(this);
    auto *exporter = new ExportController(this);
    m_backups = new BackupController(this);
    new PreferencesController(this);
    new AlignController(this);
    new AnalysisController(this, search);
    m_media = new MediaSession(this);
    fillToolBar(search, exporter);
    m_position = new QLabel(this);
    m_position->setTextFormat(Qt::PlainText); // names the speaker
    statusBar()->addPermanentWidget(m_position);
    LibraryCommand::setErrorHandler([this](const QString &message) {
        QTimer::singleShot(0, this,
            [this, message] { QMessageBox::warning(this, tr("Bitext"), untrustedtext::shownLiterally(message)); });
    });
    // E.g. that someone else's text was kept below yours.
    LibraryCommand::setNoticeHandler([this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_fit = new WindowFit(this, m_reader);
    // Attaching media, timing by tapping, playing quotes (ui/media).
    new AttachMediaController(this);
    TimingTools::install(this, mediaController(), m_media->menu());
    restoreSettings();
    updateActions();
    updateTabOrder();
    onLanguageChange(this, [this, search, exporter] { retranslate(search, exporter); });
}

// Every text the window sets once and keeps on screen, set again on a language change.
void MainWindow::retranslate(SearchController *search, ExportController *exporter)
{
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_empty->setText(tr("<p style=\"font-size:large\">No document open</p>"
                        "<p>Choose one in the library, or import transcripts with "
                        "<b>File › Import Transcripts…</b> or by dropping files here.</p>"));
    m_libraryDock->setWindowTitle(tr("Library"));
    m_speakerDock->setWindowTitle(tr("Speakers"));
    m_timelineDock->setWindowTitle(tr("Speaker Timeline"));
    // Short labels on the tool bar.
    exporter->action()->setIconText(tr("Export"));
    search->searchLibraryAction()->setIconText(tr("Search"));
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    LibraryCommand::setErrorHandler(nullptr);
    LibraryCommand::setNoticeHandler(nullptr);
    m_import->cancel();
    m_import->wait();
    // Children die after this destructor (in ~QWidget) and may still signal (focus moves,
    // models reset): nothing may reach this half-destroyed window.
    // That holds for the controllers among the children too: focus moving as widgets go
    // would have them ask this window for its reader.
    disconnect(qApp, nullptr, this, nullptr);
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children) {
        disconnect(child, nullptr, this, nullptr);
        disconnect(qApp, nullptr, child, nullptr);
    }
}

void MainWindow::createCentralWidget()
{
    m_reader = new ReaderView(m_segments, this);
    m_header = new DocumentHeader(this);
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    auto *rule = new QFrame(page);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);
    layout->addWidget(rule);
    layout->addWidget(m_reader, 1);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    m_welcome
        = new WelcomePage({m_actions->import, m_actions->openLibrary, m_actions->newLibrary, m_actions->manual}, this);
    m_stack->addWidget(m_welcome);
    // The read-only banner over whichever page shows.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_readOnly = new ReadOnlyBanner(central);
    centralLayout->addWidget(m_readOnly);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_header, &DocumentHeader::editRequested, m_actions->editDocument, &QAction::trigger);
    // The header's Edit… button is the action's (off in a read-only library too).
    connect(m_actions->editDocument, &QAction::changed, this, [this] {
        if (auto *edit = m_header->findChild<QWidget *>(QStringLiteral("editDocumentButton")))
            edit->setEnabled(m_actions->editDocument->isEnabled());
    });
    const auto refreshDocument = [this] {
        m_header->setDocument(m_segments->document());
        updateCentralPage();
        updateTitle();
        updateActions();
        updateStatus();
    };
    connect(m_segments, &SegmentModel::modelReset, this, refreshDocument);
    connect(m_segments, &SegmentModel::documentRefreshed, this, refreshDocument);
    connect(m_reader, &ReaderView::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_segments->rowCount() && m_segments->segmentAt(row).speakerId)
            m_speakerPanel->selectSpeaker(m_segments->segmentAt(row).speakerId);
        updateStatus();
    });
}

void MainWindow::createDocks()
{
    m_libraryPanel = new LibraryPanel(this);
    m_libraryDock = new QDockWidget(this);
    m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
    m_libraryDock->setWidget(m_libraryPanel);
    addPanel(m_libraryDock, Qt::LeftDockWidgetArea);
    connect(m_libraryPanel, &LibraryPanel::currentDocumentChanged, this, &MainWindow::openDocument);
    connect(m_libraryPanel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateActions);
    connect(m_libraryPanel->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateCentralPage);
    connect(m_libraryPanel->model(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCentralPage);
    connect(m_libraryPanel->model(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCentralPage);
    updateCentralPage();

    m_speakerPanel = new SpeakerPanel(this);
    m_speakerDock = new QDockWidget(this);
    m_speakerDock->setObjectName(QStringLiteral("speakersDock"));
    m_speakerDock->setWidget(m_speakerPanel);
    addPanel(m_speakerDock, Qt::LeftDockWidgetArea);
    connect(m_speakerPanel, &SpeakerPanel::currentSpeakerChanged, this, &MainWindow::updateActions);
    connect(m_speakerPanel, &SpeakerPanel::speakerActivated, m_speakers, &SpeakerController::askRename);

    m_timeline = new SpeakerTimeline(m_segments, this);
    // As tall as its lanes, never taller: the reader gets the rest.
    m_timeline->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_timelineDock = new QDockWidget(this);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(m_timeline);
    addPanel(m_timelineDock, Qt::BottomDockWidgetArea);
    connect(m_reader, &ReaderView::visibleRowsChanged, m_timeline, &SpeakerTimeline::setVisibleRows);
    connect(m_reader, &ReaderView::currentRowChanged, m_timeline, &SpeakerTimeline::setCurrentRow);
    connect(m_reader, &ReaderView::arrangementChanged, this,
        [this] { m_timeline->setPrimarySide(m_reader->primarySide()); });
    connect(m_timeline, &SpeakerTimeline::rowActivated, this, [this](int row) {
        m_reader->scrollToRow(row);
        m_reader->setCurrentRow(row);
    });
    resizeDocks({m_libraryDock}, {300}, Qt::Horizontal);
    resizeDocks({m_libraryDock, m_speakerDock}, {560, 220}, Qt::Vertical);
}

void MainWindow::fillToolBar(SearchController *search, ExportController *exporter)
{
    // Bringing transcripts in and notes out, then finding, before the annotation tools
    // (which put themselves on the bar): short labels, so it fits a small screen.
    QAction *first = m_toolBar->actions().value(0);
    m_toolBar->insertActions(first, {m_actions->import, exporter->action()});
    m_toolBar->insertSeparator(first);
    m_toolBar->insertActions(first, {search->searchLibraryAction(), search->findAction()});
    if (first)
        m_toolBar->insertSeparator(first);
}

void MainWindow::fitToScreen(const QRect &available)
{
    setGeometry(WindowFit::initialGeometry(available, QSize(1400, 900)));
}

void MainWindow::addPanel(QDockWidget *dock, Qt::DockWidgetArea area)
{
    Q_ASSERT(!dock->objectName().isEmpty());
    addDockWidget(area, dock);
    m_actions->panelsMenu->addAction(dock->toggleViewAction());
}

void MainWindow::addReaderBar(QWidget *bar)
{
    // The reader's parent is the document page (header, rule, reader).
    static_cast<QVBoxLayout *>(m_reader->parentWidget()->layout())->addWidget(bar);
}

QMenu *MainWindow::menu(Menu menu) const
{
    switch (menu) {
    case Menu::File:
        return m_actions->fileMenu;
    case Menu::Edit:
        return m_actions->editMenu;
    case Menu::View:
        return m_actions->viewMenu;
    case Menu::Go:
        return m_actions->goMenu;
    case Menu::Annotate:
        return m_actions->annotateMenu;
    case Menu::Speakers:
        return m_actions->speakersMenu;
    case Menu::Help:
        return m_actions->helpMenu;
    }
    return nullptr;
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->newLibrary, &QAction::triggered, m_files, &FileController::chooseNewLibrary);
    connect(a->openLibrary, &QAction::triggered, m_files, &FileController::chooseLibrary);
    connect(a->connectLibrary, &QAction::triggered, m_files, &FileController::chooseServerLibrary);
    connect(a->recentLibraries, &RecentLibrariesMenu::libraryChosen, this, &MainWindow::openLibrary);
    connect(a->import, &QAction::triggered, m_files, &FileController::chooseImport);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->copy, &QAction::triggered, this, [this] {
        auto *pane = qobject_cast<ReaderPane *>(QApplication::focusWidget());
        (pane ? pane : m_reader->pane(0))->copy();
    });
    connect(a->editDocument, &QAction::triggered, this, [this] { m_documents->askEdit(currentDocumentId()); });
    connect(a->deleteDocuments, &QAction::triggered, this,
        [this] { m_documents->askDelete(m_libraryPanel->selectedDocumentIds()); });
    m_libraryPanel->view()->addAction(a->deleteDocuments);
    m_libraryPanel->view()->addAction(a->editDocument);
    m_readOnly->addEditActions({a->import, a->editDocument, a->deleteDocuments, a->renameSpeaker, a->recolorSpeaker,
        a->mergeSpeaker, a->assignSpeaker});

    const QList<QPair<QAction *, ReaderArrangement>> arrangements {{a->sideBySide, ReaderArrangement::ZhEn},
        {a->sideBySideReversed, ReaderArrangement::EnZh}, {a->chineseOnly, ReaderArrangement::ZhOnly},
        {a->englishOnly, ReaderArrangement::EnOnly}, {a->interlinear, ReaderArrangement::Interlinear}};
    for (const auto &entry : arrangements) {
        const ReaderArrangement arrangement = entry.second;
        connect(entry.first, &QAction::triggered, this, [this, arrangement] {
            m_reader->setArrangement(arrangement);
            WindowSettings::setArrangement(int(arrangement));
        });
    }
    connect(a->zoomIn, &QAction::triggered, this, [this] { m_reader->setZoom(m_reader->zoom() + 1); });
    connect(a->zoomOut, &QAction::triggered, this, [this] { m_reader->setZoom(m_reader->zoom() - 1); });
    connect(a->resetZoom, &QAction::triggered, this, [this] { m_reader->setZoom(0); });
    connect(m_reader, &ReaderView::zoomChanged, this, [this](int step) {
        WindowSettings::setZoom(step);
        updateStatus();
    });

    connect(a->nextSegment, &QAction::triggered, m_reader, &ReaderView::nextSegment);
    connect(a->previousSegment, &QAction::triggered, m_reader, &ReaderView::previousSegment);
    connect(a->nextTurn, &QAction::triggered, this, [this] { m_reader->nextTurnOfSpeaker(+1); });
    connect(a->previousTurn, &QAction::triggered, this, [this] { m_reader->nextTurnOfSpeaker(-1); });
    connect(a->goToSegment, &QAction::triggered, this, &MainWindow::goToSegment);

    connect(a->renameSpeaker, &QAction::triggered, this,
        [this] { m_speakers->askRename(m_speakerPanel->currentSpeakerId()); });
    connect(a->recolorSpeaker, &QAction::triggered, this,
        [this] { m_speakers->askRecolor(m_speakerPanel->currentSpeakerId()); });
    connect(a->mergeSpeaker, &QAction::triggered, this,
        [this] { m_speakers->askMerge(m_speakerPanel->currentSpeakerId()); });
    connect(
        a->assignSpeaker, &QAction::triggered, this, [this] { m_speakers->askAssign(m_reader->selectedSegmentIds()); });
    m_speakerPanel->addSpeakerActions({a->assignSpeaker, a->renameSpeaker, a->recolorSpeaker, a->mergeSpeaker});
    m_reader->addContextAction(a->assignSpeaker);
    connect(m_reader->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);

    connect(a->shortcuts, &QAction::triggered, this, [this] { (new ShortcutsDialog(this))->show(); });
    connect(a->manual, &QAction::triggered, this, [this] { ManualDialog::showManual(this); });
    connect(a->about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(WindowSettings::geometry()))
        fitToScreen(screen()->availableGeometry());
    // The library's docks (annotations) do not exist yet: openLibrary() applies the
    // layout again once they do, so tabbed docks come back tabbed.
    m_dockLayout = WindowSettings::windowState();
    restoreState(m_dockLayout);
    m_reader->restoreState(WindowSettings::readerState());
    const auto arrangement = ReaderArrangement(WindowSettings::arrangement());
    m_reader->setArrangement(arrangement);
    const QList<QAction *> layouts = m_actions->arrangements->actions();
    if (int(arrangement) >= 0 && int(arrangement) < layouts.size())
        layouts.at(int(arrangement))->setChecked(true);
    m_reader->setZoom(WindowSettings::zoom());
    m_libraryPanel->setSortKey(DocumentFilterProxy::SortKey(WindowSettings::librarySort()));
    connect(m_libraryPanel->proxy(), &QAbstractItemModel::layoutChanged, this,
        [this] { WindowSettings::setLibrarySort(int(m_libraryPanel->sortKey())); });
}

bool MainWindow::openLibrary(const QString &path)
{
    if (ConnectionSettings::isUrl(path))
        return connectLibrary(path);
    std::unique_ptr<Library> library;
    try {
        // The check of a file changed outside Bitext reads all of it: off this thread.
        if (!LibraryCheckProgress::run(this, path)) {
            statusBar()->showMessage(tr("Opening %1 was cancelled.").arg(QDir::toNativeSeparators(path)), 10000);
            return false;
        }
        library = Library::open(path);
    } catch (const DamagedLibraryError &error) {
        m_backups->offerRestore(error);
        return false;
    } catch (const Error &error) {
        QMessageBox::critical(this, tr("Cannot Open Library"), untrustedtext::shownLiterally(error.message()));
        return false;
    }
    adoptLibrary(std::move(library));
    return true;
}

void MainWindow::closeLibrary()
{
    if (!m_library)
        return;
    ReadingPosition::save(*m_reader, libraryPath());
    m_dockLayout = saveState();
    m_undo->clear();
    m_segments->setLibrary(nullptr);
    m_libraryPanel->setLibrary(nullptr);
    m_speakerPanel->setLibrary(nullptr);
    m_speakers->setLibrary(nullptr);
    m_documents->setLibrary(nullptr);
    emit libraryChanged(nullptr); // before it goes: nothing may hold it then
    m_library.reset();
    updateTitle();
    updateActions();
}

bool MainWindow::connectLibrary(const QString &url)
{
    ConnectionSettings settings;
    try {
        settings = ConnectionSettings::fromUrl(url);
    } catch (const Error &error) {
        QMessageBox::critical(this, tr("Cannot Open Library"), untrustedtext::shownLiterally(error.message()));
        return false;
    }
    statusBar()->showMessage(tr("Connecting to %1…").arg(settings.url()));
    // The answer comes while the window goes on: an open() message box, not exec().
    const auto failed = [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot Open Library"),
            untrustedtext::shownLiterally(message), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("openLibraryError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    ServerConnection::start(this, settings, [this, failed](const ServerConnection::Outcome &outcome) {
        statusBar()->clearMessage();
        if (outcome.cancelled)
            return;
        if (!outcome.probe.canOpen())
            return failed(outcome.probe.summary());
        // Connected once in the worker: opening here does not wait on an unreachable server.
        try {
            adoptLibrary(Library::openPostgres(outcome.settings));
        } catch (const Error &error) {
            failed(error.message());
        }
    });
    return true;
}

void MainWindow::adoptLibrary(std::unique_ptr<Library> library)
{
    ReadingPosition::save(*m_reader, libraryPath());
    // The library's docks are made anew for it: they take the place of the old ones.
    if (m_library)
        m_dockLayout = saveState();
    m_undo->clear();
    m_segments->setLibrary(library.get());
    m_libraryPanel->setLibrary(library.get());
    m_speakerPanel->setLibrary(library.get());
    m_speakers->setLibrary(library.get());
    m_documents->setLibrary(library.get());
    m_library = std::move(library);
    const QString path = m_library->location();
    WindowSettings::addRecentLibrary(path);
    updateTitle();
    m_readOnly->setLibrary(m_library.get());
    if (!m_library->upgradeBackupPath().isEmpty())
        statusBar()->showMessage(
            tr("The library was upgraded; a copy of the old file is at %1").arg(m_library->upgradeBackupPath()));
    emit libraryChanged(m_library.get());
    if (!m_dockLayout.isEmpty())
        restoreState(m_dockLayout);
    updateActions();
    updateTabOrder();

    // Opens it where the reader was (openDocument).
    if (const qint64 last = WindowSettings::lastDocument(path))
        m_libraryPanel->selectDocument(last);
}

MediaController *MainWindow::mediaController() const
{
    return m_media->controller();
}

QString MainWindow::libraryPath() const
{
    return m_library ? m_library->location() : QString();
}

qint64 MainWindow::currentDocumentId() const
{
    return m_segments->documentId();
}

void MainWindow::openDocument(qint64 documentId)
{
    if (!m_library || documentId == m_segments->documentId())
        return;
    ReadingPosition::save(*m_reader, libraryPath());
    try {
        m_segments->setDocument(documentId);
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Cannot Open Document"), untrustedtext::shownLiterally(error.message()));
        return;
    }
    m_speakerPanel->setDocument(documentId);
    m_undo->setCurrentDocument(documentId);
    m_libraryPanel->selectDocument(documentId);
    ReadingPosition::restore(*m_reader, libraryPath());
    emit documentChanged(documentId);
}

void MainWindow::updateActions()
{
    const bool document = m_segments->documentId() != 0;
    m_actions->editDocument->setEnabled(document);
    m_actions->deleteDocuments->setEnabled(!m_libraryPanel->selectedDocumentIds().isEmpty());
    m_actions->import->setEnabled(m_library != nullptr);
    for (QAction *action : {m_actions->nextSegment, m_actions->previousSegment, m_actions->nextTurn,
             m_actions->previousTurn, m_actions->goToSegment})
        action->setEnabled(document);
    const bool speaker = m_speakerPanel->currentSpeakerId() != 0;
    m_actions->renameSpeaker->setEnabled(speaker);
    m_actions->recolorSpeaker->setEnabled(speaker);
    m_actions->mergeSpeaker->setEnabled(speaker);
    m_actions->assignSpeaker->setEnabled(document && m_reader->selectionModel()->hasSelection());
}

void MainWindow::updateStatus()
{
    const int row = m_reader->currentRow();
    QStringList parts;
    if (row >= 0 && row < m_segments->rowCount()) {
        parts << tr("Segment %1 of %2").arg(row + 1).arg(m_segments->rowCount());
        const QString speaker = m_segments->segmentAt(row).speaker;
        if (!speaker.isEmpty())
            parts << speaker;
    }
    if (m_reader->zoom() != 0)
        parts << tr("Zoom %1%").arg(qRound(100 * std::pow(1.1, m_reader->zoom())));
    m_position->setText(parts.join(QStringLiteral("  ·  ")));
}

void MainWindow::updateTitle()
{
    QString title = m_segments->documentId() ? m_segments->document().title
                                             : (m_library ? libraryName(m_library->location()) : QString());
    setWindowTitle(title.isEmpty() ? tr("Bitext") : tr("%1 — Bitext").arg(untrustedtext::windowTitle(title)));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // The keyboard starts where reading starts: in the open document, else in the list of
    // documents to choose from.
    if (m_segments->documentId()) {
        m_reader->setFocus(Qt::OtherFocusReason);
    } else {
        // An item view taking the focus makes its first row current unless a current
        // index was set since its model was reset, and a current row here opens that
        // document: setting none keeps the focus from choosing for the user.
        m_libraryPanel->view()->setCurrentIndex(QModelIndex());
        m_libraryPanel->view()->setFocus(Qt::OtherFocusReason);
    }
}

// Tab goes through the library, then the reader, then the annotations; the other panels
// follow in the order they were made.
void MainWindow::updateTabOrder()
{
    QList<QWidget *> order = tabStops(m_libraryDock) + tabStops(m_reader);
    if (auto *annotations = findChild<QDockWidget *>(QStringLiteral("annotationsDock")))
        order += tabStops(annotations);
    chainTabOrder(order);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    ReadingPosition::save(*m_reader, libraryPath());
    m_fit->showHiddenPanels();
    WindowSettings::saveWindow(saveGeometry(), saveState(), m_reader->saveState());
    m_import->cancel();
    m_import->wait();
    event->accept();
}

} // namespace bitext::ui

namespace bitext::ui {

void MainWindow::importFiles(const QStringList &files)
{
    m_files->importFiles(files);
}

void MainWindow::goToSegment()
{
    const int count = m_segments->rowCount();
    if (count == 0)
        return;
    bool ok = false;
    const int n = QInputDialog::getInt(this, tr("Go to Segment"), tr("Segment (1–%1):").arg(count),
        qMax(1, m_reader->currentRow() + 1), 1, count, 1, &ok);
    if (!ok)
        return;
    m_reader->scrollToRow(n - 1);
    m_reader->setCurrentRow(n - 1);
    m_reader->setFocus();
}

void MainWindow::about()
{
    (new AboutDialog(libraryPath(), this))->open();
}

void MainWindow::updateCentralPage()
{
    // The reader while a document is open; the welcome page while the library is empty.
    if (m_segments->documentId())
        m_stack->setCurrentIndex(1);
    else if (!m_libraryPanel || m_libraryPanel->model()->rowCount() == 0)
        m_stack->setCurrentWidget(m_welcome);
    else
        m_stack->setCurrentIndex(0);
}

} // namespace bitext::ui
