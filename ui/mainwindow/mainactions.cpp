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

QAction *MainActions::make(const QString &text, const QString &icon)
{
    auto *action = new QAction(text, this);
    if (!icon.isEmpty())
        action->setIcon(themedIcon(icon));
    return action;
}

MainActions::MainActions(UndoController *undoController, QObject *parent) : QObject(parent)
{
    newLibrary = make(tr("&New Library…"), QStringLiteral("document-new"));
    newLibrary->setShortcuts(QKeySequence::New);
    openLibrary = make(tr("&Open Library…"), QStringLiteral("document-open"));
    openLibrary->setShortcuts(QKeySequence::Open);
    import = make(tr("&Import Transcripts…"), QStringLiteral("document-import"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setIconText(tr("Import"));
    quit = make(tr("&Quit"), QStringLiteral("application-exit"));
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    undo = undoController->createUndoAction(this);
    redo = undoController->createRedoAction(this);
    copy = make(tr("&Copy"), QStringLiteral("edit-copy"));
    copy->setShortcuts(QKeySequence::Copy);
    // The panes handle Ctrl+C themselves; the menu entry must not steal it from line edits.
    copy->setShortcutContext(Qt::WidgetShortcut);
    editDocument = make(tr("Document &Information…"), QStringLiteral("document-properties"));
    editDocument->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    deleteDocuments = make(tr("&Delete Documents…"), QStringLiteral("edit-delete"));
    deleteDocuments->setShortcuts(QKeySequence::Delete);
    deleteDocuments->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    arrangements = new QActionGroup(this);
    sideBySide = make(tr("&Chinese | English"));
    sideBySide->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    sideBySideReversed = make(tr("&English | Chinese"));
    sideBySideReversed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    chineseOnly = make(tr("Chinese &Only"));
    chineseOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    englishOnly = make(tr("English O&nly"));
    englishOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    interlinear = make(tr("&Interlinear"));
    interlinear->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    for (QAction *a : {sideBySide, sideBySideReversed, chineseOnly, englishOnly, interlinear}) {
        a->setCheckable(true);
        arrangements->addAction(a);
    }
    sideBySide->setChecked(true);
    zoomIn = make(tr("Zoom &In"), QStringLiteral("zoom-in"));
    // Ctrl++ needs Shift on most layouts; Ctrl+= is the same key without it (added once:
    // a shortcut listed twice is ambiguous and fires neither).
    QList<QKeySequence> zoomInKeys = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    if (!zoomInKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)))
        zoomInKeys << QKeySequence(Qt::CTRL | Qt::Key_Equal);
    zoomIn->setShortcuts(zoomInKeys);
    zoomOut = make(tr("Zoom &Out"), QStringLiteral("zoom-out"));
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    resetZoom = make(tr("&Actual Size"), QStringLiteral("zoom-original"));
    resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    nextSegment = make(tr("&Next Segment"), QStringLiteral("go-down"));
    nextSegment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    previousSegment = make(tr("&Previous Segment"), QStringLiteral("go-up"));
    previousSegment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    nextTurn = make(tr("Next &Turn of This Speaker"));
    nextTurn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    previousTurn = make(tr("Previous T&urn of This Speaker"));
    previousTurn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    goToSegment = make(tr("&Go to Segment…"), QStringLiteral("go-jump"));
    goToSegment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    renameSpeaker = make(tr("&Rename Speaker…"));
    renameSpeaker->setShortcut(QKeySequence(Qt::Key_F2));
    recolorSpeaker = make(tr("Change &Colour…"), QStringLiteral("color-management"));
    mergeSpeaker = make(tr("&Merge Into…"));
    assignSpeaker = make(tr("&Assign to Selected Segments…"));
    assignSpeaker->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    // Short labels for the speakers dock's toolbar.
    assignSpeaker->setIconText(tr("Assign"));
    renameSpeaker->setIconText(tr("Rename"));
    recolorSpeaker->setIconText(tr("Colour"));
    mergeSpeaker->setIconText(tr("Merge"));

    manual = make(QString(), QStringLiteral("help-contents"));
    manual->setShortcuts(QKeySequence::HelpContents);
    onLanguageChange(manual, [this] { manual->setText(tr("&Manual")); });
    shortcuts = make(tr("&Keyboard Shortcuts"), QStringLiteral("help-keyboard-shortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    about = make(tr("&About Bitext"), QStringLiteral("help-about"));
    about->setMenuRole(QAction::AboutRole);
}

void MainActions::createMenus(QMenuBar *menuBar)
{
    fileMenu = menuBar->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(newLibrary);
    fileMenu->addAction(openLibrary);
    recentLibraries = new RecentLibrariesMenu(tr("Open &Recent"), fileMenu);
    fileMenu->addMenu(recentLibraries);
    fileMenu->addSeparator();
    fileMenu->addAction(import);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    editMenu = menuBar->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    editMenu->addAction(copy);
    editMenu->addSeparator();
    editMenu->addAction(editDocument);
    editMenu->addAction(deleteDocuments);

    viewMenu = menuBar->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QMenu *layout = viewMenu->addMenu(tr("&Layout"));
    layout->addActions(arrangements->actions());
    viewMenu->addSeparator();
    viewMenu->addAction(zoomIn);
    viewMenu->addAction(zoomOut);
    viewMenu->addAction(resetZoom);
    viewMenu->addSeparator();
    panelsMenu = viewMenu->addMenu(tr("&Panels"));

    goMenu = menuBar->addMenu(tr("&Go"));
    goMenu->setObjectName(QStringLiteral("goMenu"));
    goMenu->addAction(nextSegment);
    goMenu->addAction(previousSegment);
    goMenu->addSeparator();
    goMenu->addAction(nextTurn);
    goMenu->addAction(previousTurn);
    goMenu->addSeparator();
    goMenu->addAction(goToSegment);

    annotateMenu = menuBar->addMenu(tr("&Annotate"));
    annotateMenu->setObjectName(QStringLiteral("annotateMenu"));

    speakersMenu = menuBar->addMenu(tr("&Speakers"));
    speakersMenu->setObjectName(QStringLiteral("speakersMenu"));
    speakersMenu->addAction(assignSpeaker);
    speakersMenu->addSeparator();
    speakersMenu->addAction(renameSpeaker);
    speakersMenu->addAction(recolorSpeaker);
    speakersMenu->addAction(mergeSpeaker);

    helpMenu = menuBar->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(manual);
    helpMenu->addAction(shortcuts);
    helpMenu->addSeparator();
    helpMenu->addAction(about);
}

} // namespace bitext::ui
