#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;

namespace bitext::ui {

class RecentLibrariesMenu;
class UndoController;

// Every action of the main window with its text, icon and standard shortcut, and the
// menus in the order desktop users expect (File, Edit, View, Go, Annotate, Speakers, Help). The
// window connects them; other features add their own actions to these menus.
class MainActions : public QObject
{
    Q_OBJECT

public:
    MainActions(UndoController *undo, QObject *parent);
    void createMenus(QMenuBar *menuBar);

    // File
    QAction *newLibrary;
    QAction *openLibrary;
    QAction *connectLibrary;
    RecentLibrariesMenu *recentLibraries = nullptr;
    QAction *import;
    QAction *quit;
    // Edit
    QAction *undo;
    QAction *redo;
    QAction *copy;
    QAction *editDocument;
    QAction *deleteDocuments;
    // View
    QActionGroup *arrangements;
    QAction *sideBySide;
    QAction *sideBySideReversed;
    QAction *chineseOnly;
    QAction *englishOnly;
    QAction *interlinear;
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *resetZoom;
    // Go
    QAction *nextSegment;
    QAction *previousSegment;
    QAction *nextTurn;
    QAction *previousTurn;
    QAction *goToSegment;
    // Speakers
    QAction *renameSpeaker;
    QAction *recolorSpeaker;
    QAction *mergeSpeaker;
    QAction *assignSpeaker;
    // Help
    QAction *manual;
    QAction *shortcuts;
    QAction *about;

    QMenu *fileMenu = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *layoutMenu = nullptr; // View > Layout: the arrangements
    QMenu *panelsMenu = nullptr; // View > Panels: one toggle per dock
    QMenu *goMenu = nullptr;
    QMenu *annotateMenu = nullptr; // filled by the annotation feature
    QMenu *speakersMenu = nullptr;
    QMenu *helpMenu = nullptr;

private:
    QAction *make(const QString &icon = QString());
    void retranslate();
    void retranslateMenus();
};

} // namespace bitext::ui
