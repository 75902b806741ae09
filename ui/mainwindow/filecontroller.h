#pragma once

#include "models/import/importresult.h"

#include <QList>
#include <QObject>

namespace bitext {
class Library;
class LibraryWatcher;
}

namespace bitext::ui {

class MainWindow;

// The File menu's work for the main window: New/Open Library dialogs, importing chosen
// or dropped files, and the watcher that shows the window what other connections (the
// import worker, the command line, a second window, a colleague) wrote to the library.
class FileController : public QObject
{
    Q_OBJECT

public:
    explicit FileController(MainWindow *window);

    void chooseNewLibrary();
    void chooseLibrary();
    // File › Connect to Team Library: the dialog, then the window connects.
    void chooseServerLibrary();
    void chooseImport();
    // dropped: the files were dropped on the window (offered to attach to the open document).
    void importFiles(const QStringList &files, bool dropped = false);
    LibraryWatcher *watcher() const { return m_watcher; }

protected:
    // Drag and drop of files anywhere on the window.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Where New and Open Library start (Preferences' library location).
    static QString libraryFolder();
    void onImportFinished(const QList<bitext::ImportResult> &results);
    void watch(bitext::Library *library);

    MainWindow *m_window;
    LibraryWatcher *m_watcher = nullptr; // a child, replaced with the library
};

} // namespace bitext::ui
