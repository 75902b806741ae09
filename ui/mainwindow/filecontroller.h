#pragma once

#include "models/import/importresult.h"

#include <QList>
#include <QObject>

namespace bitext::ui {

class MainWindow;

// The File menu's work for the main window: New/Open Library dialogs, importing chosen
// or dropped files, and making the window's models re-read after the import worker
// (which writes through its own connection) stored documents.
class FileController : public QObject
{
    Q_OBJECT

public:
    explicit FileController(MainWindow *window);

    void chooseNewLibrary();
    void chooseLibrary();
    void chooseImport();
    void importFiles(const QStringList &files);

protected:
    // Drag and drop of files anywhere on the window.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onImportFinished(const QList<bitext::ImportResult> &results);

    MainWindow *m_window;
};

} // namespace bitext::ui
