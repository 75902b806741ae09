// The window on a library it cannot write: a banner says so and why, every editing
// action is off whatever the selection, reading and searching work (a read-only bind
// mount in the test_ui_mainwindow_mounts run, chmod as a user). On a full disk (SQLite's
// max_page_count here, a small tmpfs in the mounts run) an edit is refused with the
// message, is not put on the undo stack, and the same edit works once there is room.
#include "models/core/error.h"
#include "models/item/segmentmodel.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "tests/support/mounts.h"
#include "tests/ui/mainwindow/windowfixture.h"
#include "ui/annotate/annotationactions.h"
#include "ui/annotate/annotationcontroller.h"
#include "ui/commands/createannotationcommand.h"
#include "ui/library/backupcontroller.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/readonlybanner.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/reader/readerpane.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace bitext;
using namespace bitext::ui;

namespace {

QList<QAction *> editActions(MainWindow &window)
{
    MainActions *a = window.actions();
    QList<QAction *> actions {a->import, a->editDocument, a->deleteDocuments, a->renameSpeaker, a->recolorSpeaker,
        a->mergeSpeaker, a->assignSpeaker};
    const QList<QAction *> annotate = window.menu(MainWindow::Menu::Annotate)->actions();
    for (QAction *action : annotate) {
        if (!action->isSeparator())
            actions << action;
    }
    return actions;
}

QStringList enabledNames(const QList<QAction *> &actions)
{
    QStringList names;
    for (QAction *action : actions) {
        if (action->isEnabled())
            names << action->text();
    }
    return names;
}

Annotation quoteOf(Library &library, qint64 doc, int row)
{
    const QList<Segment> segments = library.documents().segments(doc);
    Annotation a;
    a.documentId = doc;
    a.startSegmentId = a.endSegmentId = segments.at(row).id;
    a.startOffset = 0;
    a.endOffset = int(segments.at(row).zh.toUcs4().size());
    a.quote = segments.at(row).zh;
    return a;
}

// Highlights rows through the window's undo system until the disk is full: the failed
// edit is refused with the message and kept off the stack; with room again it works.
void checkFullDisk(
    MainWindow &window, qint64 doc, const std::function<void()> &fill, const std::function<void()> &makeRoom)
{
    Library &library = *window.library();
    UndoController *undo = window.undoController();
    fill();
    QString error;
    int done = 0;
    int row = 0;
    for (; row < library.documents().segmentCount(doc) && error.isEmpty(); ++row) {
        error = undo->push(new CreateAnnotationCommand(library, quoteOf(library, doc, row)));
        if (error.isEmpty())
            ++done;
    }
    REQUIRE_FALSE(error.isEmpty());
    CHECK(error
        == QStringLiteral("The disk holding %1 is full: the change was not saved. Everything saved before is kept.")
               .arg(library.location()));
    CHECK(undo->documentStack(doc)->count() == done);
    CHECK(library.annotations().list(doc).size() == done);

    makeRoom();
    CHECK(undo->push(new CreateAnnotationCommand(library, quoteOf(library, doc, row - 1))).isEmpty());
    CHECK(undo->documentStack(doc)->count() == done + 1);
    undo->undo();
    CHECK(library.annotations().list(doc).size() == done);
    undo->redo();
    CHECK(library.annotations().list(doc).size() == done + 1);
}

} // namespace

TEST_CASE("A read-only library shows the banner and no editing action can be used", "[readonly][.mounts]")
{
    test::clearSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    qint64 doc = 0;
    {
        auto library = Library::openSqlite(path);
        doc = test::importSeed(*library, QStringLiteral("001"));
        REQUIRE(doc > 0);
        library->annotations().create(quoteOf(*library, doc, 0));
    }
    test::ReadOnlyFolder readOnly(dir.path());
    if (!readOnly.ok())
        return;

    MainWindow window;
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openLibrary(path));
    REQUIRE(window.library()->isReadOnly());
    auto *banner = window.findChild<ReadOnlyBanner *>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    const QString message = banner->findChild<QLabel *>(QStringLiteral("readOnlyMessage"))->text();
    CHECK(message.startsWith(QStringLiteral("This library is read-only: ")));
    CHECK(message.endsWith(QStringLiteral(". You can read and search it, not change it.")));
    // No daily backup is tried (it could only fail): the status bar shows no error.
    auto *backups = window.findChild<BackupController *>();
    REQUIRE(backups);
    backups->waitForBackup();
    QCoreApplication::processEvents();
    CHECK_FALSE(window.statusBar()->currentMessage().contains(QStringLiteral("Cannot back up")));

    // Reading: the document opens with its text and highlight.
    window.openDocument(doc);
    QCoreApplication::processEvents();
    CHECK(window.currentDocumentId() == doc);
    CHECK(window.segmentModel()->rowCount() > 0);
    // What would enable the edits: text selected, a quote current.
    ReaderView *reader = window.reader();
    reader->setCurrentRow(0);
    reader->selectionModel()->select(
        window.segmentModel()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ReaderPane *pane = reader->paneForSide(Side::Zh);
    REQUIRE(pane);
    pane->setTextSelection(TextRange {Side::Zh, 0, 0, 0, 2});
    QCoreApplication::processEvents();
    REQUIRE_FALSE(reader->textSelection().isEmpty());
    const QList<QAction *> edits = editActions(window);
    CHECK(edits.size() >= 13);
    CHECK(enabledNames(edits).isEmpty());
    CHECK_FALSE(window.findChild<QWidget *>(QStringLiteral("editDocumentButton"))->isEnabled());
    // Reading actions stay.
    CHECK(window.actions()->nextSegment->isEnabled());
    CHECK(window.actions()->copy->isEnabled());
    // An edit that comes another way is refused by the library with the reason.
    const QString refused = window.undoController()->push(
        new CreateAnnotationCommand(*window.library(), quoteOf(*window.library(), doc, 1)));
    CHECK(refused.contains(QStringLiteral("is read-only")));
    CHECK(window.undoController()->documentStack(doc)->count() == 0);

    // Another library, writable: the banner goes and the actions come back.
    QTemporaryDir other;
    REQUIRE(window.openLibrary(other.filePath(QStringLiteral("writable.sqlite"))));
    CHECK_FALSE(banner->isVisible());
    CHECK(window.actions()->import->isEnabled());
    CHECK(window.annotations()->findChild<AnnotationActions *>()->manageTags->isEnabled());
}

TEST_CASE("A writable library shows no banner", "[readonly]")
{
    test::WindowFixture f;
    auto *banner = f.window->findChild<ReadOnlyBanner *>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisible());
    CHECK(f.window->actions()->import->isEnabled());
}

TEST_CASE("An edit on a full disk is refused with a message and left off the undo stack", "[readonly][sqlite]")
{
    if (test::testingPostgres())
        return;
    test::WindowFixture f;
    const qint64 doc = f.open(QStringLiteral("001"));
    Database &db = f.window->library()->database();
    checkFullDisk(
        *f.window, doc,
        [&db] {
            // Not one page more: SQLite answers SQLITE_FULL, as on a full disk.
            db.exec(QStringLiteral("PRAGMA max_page_count = %1")
                        .arg(db.scalar(QStringLiteral("PRAGMA page_count")).toInt()));
        },
        [&db] { db.exec(QStringLiteral("PRAGMA max_page_count = 1000000")); });
    const QString path = f.library.path();
    f.window.reset();
    f.library.close();
    CHECK(test::integrityCheck(path) == QStringLiteral("ok"));
}

TEST_CASE("An edit on a really full disk is refused with a message and works once there is room", "[readonly][.mounts]")
{
    test::clearSettings();
    QTemporaryDir dir;
    test::SmallDisk disk(dir.filePath(QStringLiteral("disk")), 4096);
    if (!disk.ok())
        return;
    const QString path = dir.filePath(QStringLiteral("disk/library.sqlite"));
    {
        MainWindow window;
        REQUIRE(window.openLibrary(path));
        const qint64 doc = test::importSeed(*window.library(), QStringLiteral("001"));
        REQUIRE(doc > 0);
        emit window.library()->documentsChanged();
        window.openDocument(doc);
        checkFullDisk(
            window, doc, [&disk] { disk.fill(); }, [&disk] { disk.makeRoom(); });
    }
    CHECK(test::integrityCheck(path) == QStringLiteral("ok"));
}
