#pragma once

#include "models/import/importresult.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace bitext::ui {

class MainWindow;

// Opens files handed to Bitext from outside (`bitext FILE...`, the file manager's "Open
// With", a second `bitext` passing them on): imports them through the window's
// ImportController, then shows the first file's document, which is the one already in
// the library when the same file was imported before. Files arriving while an import
// runs wait for it.
class FileOpener : public QObject
{
    Q_OBJECT

public:
    explicit FileOpener(MainWindow *window);

    // Brings the window to the front and imports the files (none: only the front).
    void open(const QStringList &files);

signals:
    // The document of the first file that imported, or was already in the library.
    void opened(qint64 documentId);

private:
    void startNext();
    void onImportFinished(const QList<bitext::ImportResult> &results);

    MainWindow *m_window;
    QStringList m_queued;
    bool m_importing = false; // the running import is ours
};

} // namespace bitext::ui
