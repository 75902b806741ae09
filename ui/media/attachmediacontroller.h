#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QAction;

namespace bitext {
class Library;
}

namespace bitext::ui {

class MainWindow;
class MissingMediaBar;

// Attaching a media file to the open document: File › Attach Media… (a file dialog
// offering the formats the player knows), a media file dropped on the window while a
// document is open, File › Detach Media, and the bar over the reader that reports a
// missing file once with Locate… (choose it again) and Detach. Each change is an
// undoable command on the document's stack.
class AttachMediaController : public QObject
{
    Q_OBJECT

public:
    explicit AttachMediaController(MainWindow *window);

    QAction *attachAction() const { return m_attach; }
    QAction *detachAction() const { return m_detach; }
    MissingMediaBar *missingBar() const { return m_bar; }

    // File › Attach Media… and the bar's Locate…: asks for a file, then attaches it.
    void chooseMedia();
    // Attaches `file` to the open document (an undoable command); false with a message
    // for a file that is not a media file or cannot be stored.
    bool attach(const QString &file);
    void detach();
    // The name filter of the file dialog: every extension the player is offered.
    static QString fileFilter();
    // Whether `file` has one of those extensions (a dropped file is attached, not imported).
    static bool isMediaFile(const QString &file);

signals:
    // The open document's media file changed while it was shown (attached, located,
    // detached, undone): the absolute path, empty for none.
    void mediaReplaced(const QString &absolutePath);

protected:
    // A media file dropped anywhere on the window while a document is open.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onLibraryChanged(Library *library);
    void onDocumentChanged(qint64 documentId);
    // Shows or hides the bar and sets the actions for the open document.
    void update();
    void report(const QString &title, const QString &message);

    MainWindow *m_window;
    QAction *m_attach;
    QAction *m_detach;
    MissingMediaBar *m_bar;
    // Documents whose missing file the user has already been told about and closed.
    QSet<qint64> m_dismissed;
    // The document shown and its media file when last updated.
    qint64 m_shownDocument = 0;
    QString m_shownMedia;
};

} // namespace bitext::ui
