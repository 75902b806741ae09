#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace bitext {
class Library;
class SegmentModel;
}

namespace bitext::ui {

class AnnotationController;
class BackupController;
class DocumentController;
class DocumentHeader;
class ExportController;
class FileController;
class ImportController;
class LibraryPanel;
class MainActions;
class MediaController;
class MediaSession;
class ReadOnlyBanner;
class ReaderView;
class SearchController;
class SpeakerController;
class SpeakerPanel;
class SpeakerTimeline;
class UndoController;
class WelcomePage;
class WindowFit;

// The application window. It only assembles and wires: the library sidebar and speakers
// docks, the document header over the reader, the speaker timeline dock, the menus
// (MainActions) and the controllers that do the work. Other features add docks with
// addPanel() and actions to menu().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Menu { File, Edit, View, Go, Annotate, Speakers, Help };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the library file; shows a message and returns false on error.
    // A postgresql:// URL is connected to in a worker thread first, asking for a password
    // if the server refuses, and opened later (libraryChanged); false only for a URL that
    // cannot be read.
    bool openLibrary(const QString &path);
    // Leaves the window without a library (to restore a backup in its place).
    void closeLibrary();
    Library *library() const { return m_library.get(); }
    QString libraryPath() const;
    void openDocument(qint64 documentId);
    qint64 currentDocumentId() const;
    // Sizes and places the window for a screen's available geometry (at most 1400×900).
    void fitToScreen(const QRect &available);
    // Starts importing files into the open library (File > Import, drag and drop).
    void importFiles(const QStringList &files);

    QMenu *menu(Menu menu) const;
    // The main tool bar (hidden state saved with the layout); features add their actions.
    QToolBar *toolBar() const { return m_toolBar; }
    // Adds a dock (with an objectName, for the saved layout) and its toggle to View > Panels.
    void addPanel(QDockWidget *dock, Qt::DockWidgetArea area);
    // Adds a bar (find) under the reader, inside the document page.
    void addReaderBar(QWidget *bar);

    ReaderView *reader() const { return m_reader; }
    SegmentModel *segmentModel() const { return m_segments; }
    SpeakerTimeline *timeline() const { return m_timeline; }
    LibraryPanel *libraryPanel() const { return m_libraryPanel; }
    SpeakerPanel *speakerPanel() const { return m_speakerPanel; }
    DocumentHeader *documentHeader() const { return m_header; }
    UndoController *undoController() const { return m_undo; }
    SpeakerController *speakerController() const { return m_speakers; }
    DocumentController *documentController() const { return m_documents; }
    ImportController *importController() const { return m_import; }
    MainActions *actions() const { return m_actions; }
    AnnotationController *annotations() const { return m_annotations; }
    // The window's player (ui/media) and what goes with it: dock, Media menu, follow-along.
    MediaController *mediaController() const;
    MediaSession *mediaSession() const { return m_media; }
    // Says when the open library is read-only, and disables the editing actions then.
    ReadOnlyBanner *readOnlyBanner() const { return m_readOnly; }

signals:
    void libraryChanged(bitext::Library *library);
    void documentChanged(qint64 documentId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Makes the window show library (the models, docks, recent list, title).
    void adoptLibrary(std::unique_ptr<Library> library);
    // openLibrary() for a server library: connect, ask for a password, open.
    bool connectLibrary(const QString &url);
    void createCentralWidget();
    void createDocks();
    void fillToolBar(SearchController *search, ExportController *exporter);
    void connectActions();
    void restoreSettings();
    void updateActions();
    void updateStatus();
    void updateTitle();
    void goToSegment();
    void about();
    void updateCentralPage();
    void retranslate(SearchController *search, ExportController *exporter);
    void updateTabOrder();

    std::unique_ptr<Library> m_library;
    UndoController *m_undo;
    MainActions *m_actions;
    SegmentModel *m_segments;
    ReaderView *m_reader = nullptr;
    DocumentHeader *m_header = nullptr;
    QStackedWidget *m_stack = nullptr;
    ReadOnlyBanner *m_readOnly = nullptr;
    WelcomePage *m_welcome = nullptr;
    SpeakerTimeline *m_timeline = nullptr;
    LibraryPanel *m_libraryPanel = nullptr;
    SpeakerPanel *m_speakerPanel = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QDockWidget *m_speakerDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    SpeakerController *m_speakers;
    DocumentController *m_documents;
    ImportController *m_import;
    FileController *m_files = nullptr;
    QLabel *m_position = nullptr;
    QToolBar *m_toolBar = nullptr;
    WindowFit *m_fit = nullptr;
    QByteArray m_dockLayout; // saveState() to re-apply when a library's docks are made
    AnnotationController *m_annotations = nullptr;
    QLabel *m_empty = nullptr; // shown while no document is open
    bool m_shown = false;
    BackupController *m_backups = nullptr;
    MediaSession *m_media = nullptr;
};

} // namespace bitext::ui
