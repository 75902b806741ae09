// Undo in the main window: Edit > Undo takes the user's last edit wherever the focus is,
// and every edit is undone on the stack of the data it changed (issue 11, item 11 and the
// review's "undo ownership").
#include "models/store/annotationrepository.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"
#include "tests/ui/annotate/annotatewindow.h"
#include "ui/commands/librarycommand.h"
#include "ui/library/librarypanel.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/speakers/speakercontroller.h"

#include <QAction>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

using Fixture = test::AnnotateWindow;

// Ctrl+Z (or Ctrl+Shift+Z) typed in a widget of the active window.
void press(Fixture &f, QWidget *widget, bool redo = false)
{
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    widget->setFocus();
    QCoreApplication::processEvents();
    REQUIRE(widget->hasFocus());
    QTest::keyClick(widget, Qt::Key_Z, redo ? Qt::ControlModifier | Qt::ShiftModifier : Qt::ControlModifier);
}

// Failures of undo are shown in a message box by the window: collected instead.
struct Errors
{
    Errors()
    {
        LibraryCommand::setErrorHandler([this](const QString &message) { messages << message; });
    }
    ~Errors() { LibraryCommand::setErrorHandler(nullptr); }
    QStringList messages;
};

} // namespace

TEST_CASE("Ctrl+Z undoes the last edit of the document or the library wherever the focus is", "[undo]")
{
    Fixture f;
    f.open(f.third);
    Library &library = f.lib();
    const auto yan = library.speakers().findByName(QStringLiteral("Yan"));
    const auto amanda = library.speakers().findByName(QStringLiteral("Amanda Askell"));
    const auto josh = library.speakers().findByName(QStringLiteral("Josh"));
    REQUIRE(yan);
    REQUIRE(amanda);
    REQUIRE(josh);
    const qint64 before = f.segment(0).speakerId;
    REQUIRE(before != josh->id);

    // A merge (library data) and then an assignment (this document's data).
    REQUIRE(f.window->speakerController()->merge(yan->id, amanda->id).isEmpty());
    const QList<qint64> ids {f.segment(0).id, f.segment(1).id};
    REQUIRE(f.window->speakerController()->assign(ids, josh->id).isEmpty());
    QAction *undo = f.window->actions()->undo;
    QAction *redo = f.window->actions()->redo;
    CHECK(undo->text().contains(QStringLiteral("Assign")));

    ReaderPane *pane = f.reader()->pane(0);
    press(f, pane);
    CHECK(f.segment(0).speakerId == before);
    // The merge is next, from the reader too: nothing greys out.
    REQUIRE(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("Merge Yan")));
    press(f, pane);
    CHECK(library.speakers().find(yan->id));
    CHECK_FALSE(undo->isEnabled());

    // Redo walks back the same way, from anywhere (here the library's list).
    CHECK(redo->text().contains(QStringLiteral("Merge Yan")));
    QWidget *sidebar = f.window->libraryPanel()->view();
    press(f, sidebar, true);
    CHECK_FALSE(library.speakers().find(yan->id));
    press(f, sidebar, true);
    CHECK(f.segment(0).speakerId == josh->id);

    // A highlight made in the reader is undone from the sidebar.
    f.select(Side::Zh, 2, 0, 2, 4);
    f.actions()->highlight->trigger();
    REQUIRE(library.annotations().list(f.third).size() == 1);
    CHECK(undo->text().contains(QStringLiteral("Highlight")));
    press(f, sidebar);
    CHECK(library.annotations().list(f.third).isEmpty());
    CHECK(f.segment(0).speakerId == josh->id); // only the last edit
}

TEST_CASE("A tag created while tagging is library data, undone with its quote in one step", "[undo]")
{
    Fixture f;
    Errors errors;
    UndoController *undo = f.window->undoController();
    f.open(f.first);
    f.select(Side::Zh, 2, 0, 2, 6);
    f.tagWith(QStringLiteral("Fresh/Idea"));
    const qint64 quote = f.annotations()->currentAnnotationId();
    const auto tag = f.lib().tags().findByPath(QStringLiteral("Fresh/Idea"));
    REQUIRE(quote > 0);
    REQUIRE(tag);
    // The tag went to the library's stack, the quote to its document's.
    CHECK(undo->libraryStack()->count() == 1);
    CHECK(undo->documentStack(f.first)->count() == 1);
    CHECK(f.window->actions()->undo->text().contains(QStringLiteral("Highlight")));
    CHECK(f.window->actions()->undo->text().contains(QStringLiteral("Create tag Fresh/Idea")));

    // One Ctrl+Z takes both back, one Ctrl+Shift+Z brings both again (same ids).
    f.window->actions()->undo->trigger();
    CHECK_FALSE(f.lib().annotations().find(quote));
    CHECK_FALSE(f.lib().tags().findByPath(QStringLiteral("Fresh")));
    CHECK_FALSE(f.window->actions()->undo->isEnabled());
    f.window->actions()->redo->trigger();
    REQUIRE(f.lib().annotations().find(quote));
    CHECK(f.lib().annotations().find(quote)->tagIds == QList<qint64> {tag->id});
    CHECK(f.lib().tags().find(tag->id)->path == QStringLiteral("Fresh/Idea"));

    // Another document's quote takes the tag too.
    f.open(f.third);
    f.select(Side::En, 3, 0, 3, 8);
    f.tagWith(QStringLiteral("Fresh/Idea"));
    const qint64 other = f.annotations()->currentAnnotationId();
    REQUIRE(f.lib().annotations().find(other)->tagIds == QList<qint64> {tag->id});

    // Back in the first document, undoing its step removes its quote but not the tag the
    // other document's quote uses (deleting it would strip that quote).
    f.open(f.first);
    f.window->actions()->undo->trigger();
    CHECK_FALSE(f.lib().annotations().find(quote));
    REQUIRE(f.lib().tags().find(tag->id));
    CHECK(f.lib().annotations().find(other)->tagIds == QList<qint64> {tag->id});
    REQUIRE(errors.messages.size() == 1);
    CHECK(errors.messages.first().contains(QStringLiteral("Fresh/Idea")));
}

TEST_CASE("Edits from the whole-library list go to the stack of the quote's own document", "[undo]")
{
    Fixture f;
    UndoController *undo = f.window->undoController();
    f.open(f.first);
    f.select(Side::Zh, 2, 0, 2, 5);
    f.actions()->highlight->trigger();
    const qint64 inFirst = f.annotations()->currentAnnotationId();
    f.open(f.third);
    f.select(Side::Zh, 1, 0, 1, 5);
    f.actions()->highlight->trigger();
    const qint64 inThird = f.annotations()->currentAnnotationId();
    REQUIRE(inFirst > 0);
    REQUIRE(inThird > 0);
    const qint64 theme = f.lib().tags().ensurePath(QStringLiteral("Theme"));

    // With 003 open, the first document's quote is tagged from the whole-library list.
    AnnotationsDock *dock = f.annotations()->dock();
    dock->setWholeLibrary(true);
    dock->selectAnnotation(inFirst);
    REQUIRE(dock->currentAnnotationId() == inFirst);
    dock->addTagToCurrent(theme);
    CHECK(f.lib().annotations().find(inFirst)->tagIds == QList<qint64> {theme});
    CHECK(undo->documentStack(f.first)->count() == 2);
    CHECK(undo->documentStack(f.third)->count() == 1);

    // Undo here acts on this document (and the library), never on 001's quotes.
    f.window->actions()->undo->trigger();
    CHECK_FALSE(f.lib().annotations().find(inThird));
    CHECK(f.lib().annotations().find(inFirst)->tagIds == QList<qint64> {theme});
    // In 001 the tagging is undone.
    f.open(f.first);
    CHECK(f.window->actions()->undo->text().contains(QStringLiteral("Change tags")));
    f.window->actions()->undo->trigger();
    CHECK(f.lib().annotations().find(inFirst)->tagIds.isEmpty());
}
