// Undo next to someone else's edit: an undo that would overwrite a change another
// person made since says so and leaves their change alone.
#include "models/store/annotationrepository.h"
#include "models/store/noterepository.h"
#include "models/store/speakerrepository.h"
#include "tests/models/annotate/annotatefixture.h"
#include "tests/support/testsupport.h"
#include "ui/annotate/noteeditor.h"
#include "ui/commands/editnotecommand.h"
#include "ui/commands/recolorannotationcommand.h"
#include "ui/commands/renamespeakercommand.h"
#include "ui/mainwindow/undocontroller.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

// Collects what LibraryCommand reports (the main window shows it in a message box or
// the status bar).
struct Reports
{
    Reports()
    {
        LibraryCommand::setErrorHandler([this](const QString &message) { errors << message; });
        LibraryCommand::setNoticeHandler([this](const QString &message) { notices << message; });
    }
    ~Reports()
    {
        LibraryCommand::setErrorHandler(nullptr);
        LibraryCommand::setNoticeHandler(nullptr);
    }
    QStringList errors;
    QStringList notices;
};

// Anna's window (the fixture's library, with its undo stack) and Ben's connection to
// the same library, with a talk in it.
struct AnnaAndBen
{
    AnnaAndBen()
        : ben(Library::open(lib.path()))
    {
        lib->setAuthor(QStringLiteral("Anna"));
        ben->setAuthor(QStringLiteral("Ben"));
        doc = test::insertTalk(*lib);
    }
    Library &anna() { return *lib; }
    qint64 highlight() { return lib->annotations().create(test::annotationOn(*lib, doc, 1, QStringLiteral("对齐"))); }

    test::TemporaryLibrary lib;
    std::unique_ptr<Library> ben;
    qint64 doc = 0;
    Reports reports;
    QUndoStack stack;
};

} // namespace

TEST_CASE_METHOD(
    AnnaAndBen, "Undo of a note someone else changed since says who, and keeps their text", "[undo][conflict]")
{
    const qint64 id = highlight();

    REQUIRE(LibraryCommand::push(
        &stack, new EditNoteCommand(anna(), EditNoteCommand::Target::Annotation, id, QStringLiteral("Anna's note")))
                .isEmpty());
    ben->notes().setAnnotationNote(id, QStringLiteral("Ben's rewrite"));

    stack.undo();
    REQUIRE(reports.errors.size() == 1);
    CHECK(reports.errors.first().contains(QStringLiteral("Ben")));
    CHECK(anna().notes().forAnnotation(id)->body == QStringLiteral("Ben's rewrite"));
    // The refused step left the stack: nothing to redo that would overwrite Ben either.
    CHECK(stack.count() == 0);
    CHECK_FALSE(stack.canRedo());

    // With nobody else in between, undo and redo work as before.
    REQUIRE(LibraryCommand::push(
        &stack, new EditNoteCommand(anna(), EditNoteCommand::Target::Annotation, id, QStringLiteral("Anna again")))
                .isEmpty());
    stack.undo();
    CHECK(anna().notes().forAnnotation(id)->body == QStringLiteral("Ben's rewrite"));
    stack.redo();
    CHECK(anna().notes().forAnnotation(id)->body == QStringLiteral("Anna again"));
    CHECK(reports.errors.size() == 1);
}

TEST_CASE_METHOD(AnnaAndBen, "A note saved over someone's change keeps theirs and tells the user", "[undo][conflict]")
{
    anna().notes().setDocumentNote(doc, QStringLiteral("Start"));
    const int seen = anna().notes().forDocument(doc)->version;
    ben->notes().setDocumentNote(doc, QStringLiteral("Ben's summary"));

    REQUIRE(LibraryCommand::push(nullptr,
        new EditNoteCommand(anna(), EditNoteCommand::Target::Document, doc, QStringLiteral("Anna's summary"), seen))
                .isEmpty());
    REQUIRE(reports.notices.size() == 1);
    CHECK(reports.notices.first().contains(QStringLiteral("Ben")));
    const QString body = anna().notes().forDocument(doc)->body;
    CHECK(body.startsWith(QStringLiteral("Anna's summary")));
    CHECK(body.contains(QStringLiteral("> Ben's summary")));
}

TEST_CASE_METHOD(
    AnnaAndBen, "Undo of a highlight colour or a speaker name someone changed since is refused", "[undo][conflict]")
{
    const qint64 id = highlight();

    REQUIRE(LibraryCommand::push(&stack, new RecolorAnnotationCommand(anna(), id, QColor(Qt::red))).isEmpty());
    Annotation theirs = *ben->annotations().find(id);
    theirs.color = QColor(Qt::green);
    ben->annotations().update(theirs);
    stack.undo();
    REQUIRE(reports.errors.size() == 1);
    CHECK(reports.errors.first().contains(QStringLiteral("Ben")));
    CHECK(anna().annotations().find(id)->color == QColor(Qt::green));

    const qint64 guest = anna().speakers().findByName(QStringLiteral("Guest"))->id;
    REQUIRE(LibraryCommand::push(&stack, new RenameSpeakerCommand(anna(), guest, QStringLiteral("Jan"))).isEmpty());
    ben->speakers().rename(guest, QStringLiteral("Jan Leike"));
    stack.undo();
    REQUIRE(reports.errors.size() == 2);
    CHECK(anna().speakers().find(guest)->name == QStringLiteral("Jan Leike"));
}

TEST_CASE_METHOD(AnnaAndBen, "The note editor says who edited the note, and keeps a text saved meanwhile",
    "[widgets][note][conflict]")
{
    const qint64 id = highlight();
    UndoController undo;
    NoteEditor editor(anna(), &undo);
    editor.show();
    editor.setAnnotation(id);
    QTest::keyClicks(editor.editor(), QStringLiteral("Anna"));
    const auto *byline = editor.findChild<QLabel *>(QStringLiteral("noteByline"));
    REQUIRE(byline);
    CHECK(byline->text().startsWith(QStringLiteral("Edited by Anna, ")));

    // Ben saves while Anna's editor still shows her version; her next keystroke wins
    // and his text is kept below hers, in the editor too.
    ben->notes().setAnnotationNote(id, QStringLiteral("Ben's view"));
    QTest::keyClicks(editor.editor(), QStringLiteral("!"));
    const QString body = anna().notes().forAnnotation(id)->body;
    CHECK(body.startsWith(QStringLiteral("Anna!\n\n> **Ben's version (")));
    CHECK(body.endsWith(QStringLiteral("\n> Ben's view")));
    CHECK(editor.editor()->toPlainText() == body);
    REQUIRE(reports.notices.size() == 1);
    CHECK(reports.notices.first().startsWith(QStringLiteral("Ben changed this note at the same time")));
}
