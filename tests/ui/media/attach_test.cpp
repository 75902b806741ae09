// File › Attach Media…, a dropped media file, Detach, and the missing-file bar: what a
// user sees, on a real library through the main window (no file is played here).
#include "tests/ui/media/timingwindow.h"
#include "ui/common/filedialog.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/media/missingmediabar.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

using namespace bitext;
using namespace bitext::test;

namespace {

// Drags `files` over the window and drops them, as a file manager does.
bool dropFiles(QWidget *target, const QStringList &files)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &file : files)
        urls << QUrl::fromLocalFile(file);
    mime.setUrls(urls);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QCoreApplication::processEvents(); // the attach runs after the drop returns
    return drop.isAccepted();
}

} // namespace

TEST_CASE("Attach Media needs an open document and offers the media formats", "[media][attach]")
{
    TimingWindow w;
    AttachMediaController *attacher = w.attacher();
    CHECK_FALSE(attacher->attachAction()->isEnabled());
    CHECK_FALSE(attacher->detachAction()->isEnabled());
    w.open(w.first);
    CHECK(attacher->attachAction()->isEnabled());
    CHECK_FALSE(attacher->detachAction()->isEnabled());
    // It is in the File menu.
    CHECK(w.window->menu(MainWindow::Menu::File)->actions().contains(attacher->attachAction()));

    ui::FileDialog::setNextFileName(QString()); // Cancel
    attacher->attachAction()->trigger();
    const QString filter = ui::FileDialog::lastOffer().filter;
    for (const char *pattern : {"*.wav", "*.mp3", "*.m4a", "*.ogg", "*.opus", "*.mp4", "*.webm"})
        CHECK(filter.contains(QLatin1String(pattern)));
    CHECK(w.storedMedia().isEmpty());
}

TEST_CASE("Attach Media stores the chosen file; undo and redo take it away and back", "[media][attach]")
{
    TimingWindow w;
    w.open(w.first);
    const QString file = w.writeFile(QStringLiteral("talk.wav"));
    ui::FileDialog::setNextFileName(file);
    w.attacher()->attachAction()->trigger();
    CHECK(w.storedMedia() == file);
    // Below the library's folder: stored relative to it.
    CHECK(w.window->segmentModel()->document().mediaPath == QStringLiteral("talk.wav"));
    CHECK(w.attacher()->detachAction()->isEnabled());

    QUndoStack *stack = w.window->undoController()->documentStack(w.first);
    REQUIRE(stack->canUndo());
    stack->undo();
    CHECK(w.storedMedia().isEmpty());
    CHECK_FALSE(w.attacher()->detachAction()->isEnabled());
    stack->redo();
    CHECK(w.storedMedia() == file);

    w.attacher()->detachAction()->trigger();
    CHECK(w.storedMedia().isEmpty());
    stack->undo();
    CHECK(w.storedMedia() == file);
}

TEST_CASE("A file that is not audio or video is refused with a message naming it", "[media][attach]")
{
    TimingWindow w;
    w.open(w.first);
    const QString file = w.writeFile(QStringLiteral("notes.txt"));
    CHECK_FALSE(w.attacher()->attach(file));
    QMessageBox *box = nullptr;
    REQUIRE(waitFor([&] { return (box = TimingWindow::messageBox()) != nullptr; }));
    CHECK(box->text().contains(QStringLiteral("notes.txt")));
    CHECK(box->text().contains(QStringLiteral("mp3")));
    box->close();
    CHECK(w.storedMedia().isEmpty());
}

TEST_CASE("A media file dropped on the open document is attached, a transcript still imported", "[media][attach]")
{
    TimingWindow w;
    const QString file = w.writeFile(QStringLiteral("dropped.mp3"));
    // Without a document there is nothing to attach to: not taken by the attach feature.
    w.window->openDocument(0);
    w.open(w.first);
    CHECK(dropFiles(w.window.get(), {file}));
    CHECK(waitFor([&] { return w.storedMedia() == file; }));
    // Two files are an import, as before.
    const QString other = w.writeFile(QStringLiteral("second.mp3"));
    w.attacher()->detach();
    dropFiles(w.window.get(), {file, other});
    CHECK(w.storedMedia().isEmpty());
}

TEST_CASE("A missing media file is reported once, over the reader, with Locate and Detach", "[media][attach]")
{
    TimingWindow w;
    w.open(w.first);
    const QString file = w.writeFile(QStringLiteral("moved.wav"));
    REQUIRE(w.attacher()->attach(file));
    MissingMediaBar *bar = w.attacher()->missingBar();
    CHECK_FALSE(bar->isVisible());
    REQUIRE(QFile::remove(file));

    // Opening the document again: the bar, no message box.
    w.open(w.third);
    w.open(w.first);
    CHECK(bar->isVisible());
    CHECK(
        bar->findChild<QLabel *>(QStringLiteral("missingMediaMessage"))->text().contains(QStringLiteral("moved.wav")));
    CHECK(TimingWindow::messageBox() == nullptr);
    // The other document has no media: no bar.
    w.open(w.third);
    CHECK_FALSE(bar->isVisible());

    // Closed, it stays closed for that document.
    w.open(w.first);
    REQUIRE(bar->isVisible());
    bar->findChild<QToolButton *>(QStringLiteral("closeMissingMediaButton"))->click();
    CHECK_FALSE(bar->isVisible());
    w.open(w.third);
    w.open(w.first);
    CHECK_FALSE(bar->isVisible());
    CHECK(TimingWindow::messageBox() == nullptr);
}

TEST_CASE("Locate attaches the file where it is now; Detach forgets it", "[media][attach]")
{
    TimingWindow w;
    w.open(w.first);
    const QString file = w.writeFile(QStringLiteral("old.wav"));
    REQUIRE(w.attacher()->attach(file));
    const QString moved = w.writeFile(QStringLiteral("new place.wav"));
    REQUIRE(QFile::remove(file));
    w.open(w.third);
    w.open(w.first);
    MissingMediaBar *bar = w.attacher()->missingBar();
    REQUIRE(bar->isVisible());

    ui::FileDialog::setNextFileName(moved);
    bar->findChild<QPushButton *>(QStringLiteral("locateMediaButton"))->click();
    CHECK(w.storedMedia() == moved);
    CHECK_FALSE(bar->isVisible());

    REQUIRE(QFile::remove(moved));
    w.open(w.third);
    w.open(w.first);
    REQUIRE(bar->isVisible());
    bar->findChild<QPushButton *>(QStringLiteral("detachMediaButton"))->click();
    CHECK(w.storedMedia().isEmpty());
    CHECK_FALSE(bar->isVisible());
}
