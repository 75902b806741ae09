#include "ui/mainwindow/mainactions.h"

#include "ui/common/languagechange.h"
#include "ui/common/themedicon.h"
#include "ui/mainwindow/recentlibrariesmenu.h"
#include "ui/mainwindow/undocontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>

namespace bitext::ui {

QAction *MainActions::make(const QString &icon)
{
    auto *action = new QAction(this);
    if (!icon.isEmpty())
        action->setIcon(themedIcon(icon));
    return action;
}

MainActions::MainActions(UndoController *undoController, QObject *parent) : QObject(parent)
{
    newLibrary = make(QStringLiteral("document-new"));
    newLibrary->setShortcuts(QKeySequence::New);
    openLibrary = make(QStringLiteral("document-open"));
    openLibrary->setShortcuts(QKeySequence::Open);
    connectLibrary = make(QStringLiteral("network-server"));
    import = make(QStringLiteral("document-import"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    quit = make(QStringLiteral("application-exit"));
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    undo = undoController->createUndoAction(this);
    redo = undoController->createRedoAction(this);
    copy = make(QStringLiteral("edit-copy"));
    copy->setShortcuts(QKeySequence::Copy);
    // The panes handle Ctrl+C themselves; the menu entry must not steal it from line edits.
    copy->setShortcutContext(Qt::WidgetShortcut);
    editDocument = make(QStringLiteral("document-properties"));
    editDocument->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    deleteDocuments = make(QStringLiteral("edit-delete"));
    deleteDocuments->setShortcuts(QKeySequence::Delete);
    deleteDocuments->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    arrangements = new QActionGroup(this);
    sideBySide = make();
    sideBySide->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    sideBySideReversed = make();
    sideBySideReversed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    chineseOnly = make();
    chineseOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    englishOnly = make();
    englishOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    interlinear = make();
    interlinear->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    for (QAction *a : {sideBySide, sideBySideReversed, chineseOnly, englishOnly, interlinear}) {
        a->setCheckable(true);
        arrangements->addAction(a);
    }
    sideBySide->setChecked(true);
    zoomIn = make(QStringLiteral("zoom-in"));
    // Ctrl++ needs Shift on most layouts; Ctrl+= is the same key without it (added once:
    // a shortcut listed twice is ambiguous and fires neither).
    QList<QKeySequence> zoomInKeys = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    if (!zoomInKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)))
        zoomInKeys << QKeySequence(Qt::CTRL | Qt::Key_Equal);
    zoomIn->setShortcuts(zoomInKeys);
    zoomOut = make(QStringLiteral("zoom-out"));
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    resetZoom = make(QStringLiteral("zoom-original"));
    resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    nextSegment = make(QStringLiteral("go-down"));
    nextSegment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    previousSegment = make(QStringLiteral("go-up"));
    previousSegment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    nextTurn = make();
    nextTurn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    previousTurn = make();
    previousTurn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    goToSegment = make(QStringLiteral("go-jump"));
    goToSegment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    renameSpeaker = make();
    renameSpeaker->setShortcut(QKeySequence(Qt::Key_F2));
    recolorSpeaker = make(QStringLiteral("color-management"));
    mergeSpeaker = make();
    assignSpeaker = make();
    assignSpeaker->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    manual = make(QStringLiteral("help-contents"));
    manual->setShortcuts(QKeySequence::HelpContents);
    shortcuts = make(QStringLiteral("help-keyboard-shortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    about = make(QStringLiteral("help-about"));
    about->setMenuRole(QAction::AboutRole);
    onLanguageChange(this, [this] { retranslate(); });
}

void MainActions::retranslate()
{
    newLibrary->setText(tr("&New Library…"));
    openLibrary->setText(tr("&Open Library…"));
    connectLibrary->setText(tr("Connect to &Team Library…"));
    import->setText(tr("&Import Transcripts…"));
    import->setIconText(tr("Import"));
    quit->setText(tr("&Quit"));
    copy->setText(tr("&Copy"));
    editDocument->setText(tr("Document &Information…"));
    deleteDocuments->setText(tr("&Delete Documents…"));
    sideBySide->setText(tr("&Chinese | English"));
    sideBySideReversed->setText(tr("&English | Chinese"));
    chineseOnly->setText(tr("Chinese &Only"));
    englishOnly->setText(tr("English O&nly"));
    interlinear->setText(tr("&Interlinear"));
    zoomIn->setText(tr("Zoom &In"));
    zoomOut->setText(tr("Zoom &Out"));
    resetZoom->setText(tr("&Actual Size"));
    nextSegment->setText(tr("&Next Segment"));
    previousSegment->setText(tr("&Previous Segment"));
    nextTurn->setText(tr("Next &Turn of This Speaker"));
    previousTurn->setText(tr("Previous T&urn of This Speaker"));
    goToSegment->setText(tr("&Go to Segment…"));
    renameSpeaker->setText(tr("&Rename Speaker…"));
    recolorSpeaker->setText(tr("Change &Colour…"));
    mergeSpeaker->setText(tr("&Merge Into…"));
    assignSpeaker->setText(tr("&Assign to Selected Segments…"));
    // Short labels for the speakers dock's toolbar.
    assignSpeaker->setIconText(tr("Assign"));
    renameSpeaker->setIconText(tr("Rename"));
    recolorSpeaker->setIconText(tr("Colour"));
    mergeSpeaker->setIconText(tr("Merge"));
    manual->setText(tr("&Manual"));
    shortcuts->setText(tr("&Keyboard Shortcuts"));
    about->setText(tr("&About Bitext"));
}

// Menu titles: set again on every language change, like the actions' texts.
void MainActions::retranslateMenus()
{
    fileMenu->setTitle(tr("&File"));
    recentLibraries->setTitle(tr("Open &Recent"));
    editMenu->setTitle(tr("&Edit"));
    viewMenu->setTitle(tr("&View"));
    layoutMenu->setTitle(tr("&Layout"));
    panelsMenu->setTitle(tr("&Panels"));
    goMenu->setTitle(tr("&Go"));
    annotateMenu->setTitle(tr("&Annotate"));
    speakersMenu->setTitle(tr("&Speakers"));
    helpMenu->setTitle(tr("&Help"));
}

void MainActions::createMenus(QMenuBar *menuBar)
{
    fileMenu = menuBar->addMenu(QString());
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(newLibrary);
    fileMenu->addAction(openLibrary);
    fileMenu->addAction(connectLibrary);
    recentLibraries = new RecentLibrariesMenu(QString(), fileMenu);
    fileMenu->addMenu(recentLibraries);
    fileMenu->addSeparator();
    fileMenu->addAction(import);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    editMenu = menuBar->addMenu(QString());
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    editMenu->addAction(copy);
    editMenu->addSeparator();
    editMenu->addAction(editDocument);
    editMenu->addAction(deleteDocuments);

    viewMenu = menuBar->addMenu(QString());
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    layoutMenu = viewMenu->addMenu(QString());
    layoutMenu->addActions(arrangements->actions());
    viewMenu->addSeparator();
    viewMenu->addAction(zoomIn);
    viewMenu->addAction(zoomOut);
    viewMenu->addAction(resetZoom);
    viewMenu->addSeparator();
    panelsMenu = viewMenu->addMenu(QString());

    goMenu = menuBar->addMenu(QString());
    goMenu->setObjectName(QStringLiteral("goMenu"));
    goMenu->addAction(nextSegment);
    goMenu->addAction(previousSegment);
    goMenu->addSeparator();
    goMenu->addAction(nextTurn);
    goMenu->addAction(previousTurn);
    goMenu->addSeparator();
    goMenu->addAction(goToSegment);

    annotateMenu = menuBar->addMenu(QString());
    annotateMenu->setObjectName(QStringLiteral("annotateMenu"));

    speakersMenu = menuBar->addMenu(QString());
    speakersMenu->setObjectName(QStringLiteral("speakersMenu"));
    speakersMenu->addAction(assignSpeaker);
    speakersMenu->addSeparator();
    speakersMenu->addAction(renameSpeaker);
    speakersMenu->addAction(recolorSpeaker);
    speakersMenu->addAction(mergeSpeaker);

    helpMenu = menuBar->addMenu(QString());
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(manual);
    helpMenu->addAction(shortcuts);
    helpMenu->addSeparator();
    helpMenu->addAction(about);
    onLanguageChange(menuBar, [this] { retranslateMenus(); });
}

} // namespace bitext::ui
