// The undo machinery without a window: which stack a command goes to, which one Edit >
// Undo and Redo take, steps across stacks, and failures reported with no handler set.
#include "models/store/annotationrepository.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"
#include "tests/models/annotate/annotatefixture.h"
#include "tests/support/testsupport.h"
#include "ui/commands/createannotationcommand.h"
#include "ui/commands/createtagcommand.h"
#include "ui/commands/editnotecommand.h"
#include "ui/commands/recolorannotationcommand.h"
#include "ui/commands/retagannotationcommand.h"
#include "ui/mainwindow/undocontroller.h"

#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

QStringList warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg)
        warnings << message;
}

} // namespace

TEST_CASE("Commands go to the stack of the data they change", "[undo][commands]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = test::insertTalk(*lib);
    const qint64 other = test::insertTalk(*lib, QStringLiteral("Other talk"));
    const qint64 quote = lib->annotations().create(test::annotationOn(*lib, other, 1, QStringLiteral("对齐")));
    UndoController undo;
    undo.setCurrentDocument(doc);

    REQUIRE(undo.push(new CreateTagCommand(*lib, QStringLiteral("Risk"))).isEmpty());
    CHECK(undo.libraryStack()->count() == 1);
    REQUIRE(undo.push(new RecolorAnnotationCommand(*lib, quote, QColor(Qt::red))).isEmpty());
    REQUIRE(undo.push(new EditNoteCommand(*lib, EditNoteCommand::Target::Annotation, quote, QStringLiteral("n")))
                .isEmpty());
    CHECK(undo.documentStack(other)->count() == 2); // the quote's document, though another is open
    REQUIRE(
        undo.push(new EditNoteCommand(*lib, EditNoteCommand::Target::Document, doc, QStringLiteral("d"))).isEmpty());
    CHECK(undo.documentStack(doc)->count() == 1);
    CHECK(undo.libraryStack()->count() == 1);
}

TEST_CASE(
    "Undo takes the newest command of the open document and the library, redo the last undone", "[undo][commands]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = test::insertTalk(*lib);
    UndoController undo;
    undo.setCurrentDocument(doc);

    auto *create = new CreateAnnotationCommand(*lib, test::annotationOn(*lib, doc, 1, QStringLiteral("对齐")));
    REQUIRE(undo.push(create).isEmpty());
    const qint64 quote = create->annotationId();
    REQUIRE(undo.push(new CreateTagCommand(*lib, QStringLiteral("Risk"))).isEmpty());
    // Typing a note merges into one command, which is then the newest one.
    for (const QString &text : {QStringLiteral("a"), QStringLiteral("ab")})
        REQUIRE(undo.push(new EditNoteCommand(*lib, EditNoteCommand::Target::Document, doc, text)).isEmpty());
    CHECK(undo.documentStack(doc)->count() == 2);
    CHECK(undo.undoText() == QStringLiteral("Edit document note"));

    undo.undo(); // the note (document), though the tag (library) came before it
    CHECK_FALSE(lib->notes().forDocument(doc));
    CHECK(undo.undoText() == QStringLiteral("Create tag Risk"));
    undo.undo();
    CHECK_FALSE(lib->tags().findByPath(QStringLiteral("Risk")));
    undo.undo();
    CHECK_FALSE(lib->annotations().find(quote));
    CHECK_FALSE(undo.canUndo());

    CHECK(undo.redoText().startsWith(QStringLiteral("Highlight")));
    undo.redo();
    CHECK(lib->annotations().find(quote));
    CHECK(undo.redoText() == QStringLiteral("Create tag Risk"));
    undo.redo();
    undo.redo();
    CHECK(lib->notes().forDocument(doc)->body == QStringLiteral("ab"));
    CHECK_FALSE(undo.canRedo());

    // Another document's stack is not the open one's: its commands wait there.
    const qint64 other = test::insertTalk(*lib, QStringLiteral("Other talk"));
    REQUIRE(
        undo.push(new EditNoteCommand(*lib, EditNoteCommand::Target::Document, other, QStringLiteral("o"))).isEmpty());
    CHECK(undo.undoText() == QStringLiteral("Edit document note"));
    undo.undo();
    CHECK(lib->notes().forDocument(other)); // not undone
    CHECK_FALSE(lib->notes().forDocument(doc));
    undo.setCurrentDocument(other);
    undo.undo();
    CHECK_FALSE(lib->notes().forDocument(other));
}

TEST_CASE("Commands pushed in one step are undone and redone together, across stacks", "[undo][commands]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = test::insertTalk(*lib);
    UndoController undo;
    undo.setCurrentDocument(doc);
    const qint64 before = lib->annotations().create(test::annotationOn(*lib, doc, 2, QStringLiteral("监督")));
    REQUIRE(undo.push(new RecolorAnnotationCommand(*lib, before, QColor(Qt::blue))).isEmpty());
    qint64 quote = 0;
    {
        const UndoController::Step step(&undo);
        auto *tag = new CreateTagCommand(*lib, QStringLiteral("Theme/Safety"));
        REQUIRE(undo.push(tag).isEmpty());
        const qint64 tagId = lib->tags().findByPath(QStringLiteral("Theme/Safety"))->id;
        Annotation a = test::annotationOn(*lib, doc, 1, QStringLiteral("对齐"));
        a.tagIds = {tagId};
        auto *create = new CreateAnnotationCommand(*lib, a);
        REQUIRE(undo.push(create).isEmpty());
        quote = create->annotationId();
    }
    CHECK(undo.libraryStack()->count() == 1);
    CHECK(undo.undoText().contains(QStringLiteral("Highlight")));
    CHECK(undo.undoText().contains(QStringLiteral("Create tag Theme/Safety")));

    undo.undo();
    CHECK_FALSE(lib->annotations().find(quote));
    CHECK(lib->tags().list().isEmpty());
    CHECK(lib->annotations().find(before)->color == QColor(Qt::blue)); // not part of the step
    undo.redo();
    REQUIRE(lib->annotations().find(quote));
    CHECK(lib->tags().find(lib->annotations().find(quote)->tagIds.value(0))->path == QStringLiteral("Theme/Safety"));
    CHECK(undo.undoText().contains(QStringLiteral("Create tag")));
}

TEST_CASE("Undoing the creation of a tag quotes use is refused: it would strip them", "[undo][commands]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = test::insertTalk(*lib);
    const qint64 other = test::insertTalk(*lib, QStringLiteral("Other talk"));
    UndoController undo;
    undo.setCurrentDocument(doc);
    QStringList errors;
    LibraryCommand::setErrorHandler([&](const QString &message) { errors << message; });
    REQUIRE(undo.push(new CreateTagCommand(*lib, QStringLiteral("Risk"))).isEmpty());
    const qint64 risk = lib->tags().findByPath(QStringLiteral("Risk"))->id;
    const qint64 quote = lib->annotations().create(test::annotationOn(*lib, other, 1, QStringLiteral("对齐")));
    REQUIRE(undo.push(new RetagAnnotationCommand(*lib, quote, {risk})).isEmpty()); // on the other document's stack

    undo.undo(); // the tag's creation: refused, the quote keeps it
    LibraryCommand::setErrorHandler(nullptr);
    CHECK(lib->tags().find(risk));
    CHECK(lib->annotations().find(quote)->tagIds == QList<qint64> {risk});
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QStringLiteral("Risk")));
    CHECK(undo.libraryStack()->count() == 0); // dropped: it can no longer be undone
}

TEST_CASE("With the error handler reset to nullptr, failures go to qWarning instead of throwing", "[undo][commands]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = test::insertTalk(*lib);
    const qint64 quote = lib->annotations().create(test::annotationOn(*lib, doc, 1, QStringLiteral("对齐")));
    QUndoStack stack;
    REQUIRE(LibraryCommand::push(&stack, new RecolorAnnotationCommand(*lib, quote, QColor(Qt::red))).isEmpty());
    lib->annotations().remove(quote); // behind the stack's back: undoing the colour fails

    LibraryCommand::setErrorHandler([](const QString &) {});
    LibraryCommand::setErrorHandler(nullptr);
    warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    CHECK_NOTHROW(stack.undo());
    qInstallMessageHandler(previous);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(QStringLiteral("no longer exists")));
    CHECK(stack.count() == 0); // the failed command is dropped
}
