#include "models/annotate/anchor.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"
#include "tests/support/testsupport.h"
#include "tests/models/annotate/annotatefixture.h"
#include "ui/commands/changetagcommand.h"
#include "ui/commands/createannotationcommand.h"
#include "ui/commands/createtagcommand.h"
#include "ui/commands/deleteannotationcommand.h"
#include "ui/commands/deletetagcommand.h"
#include "ui/commands/editnotecommand.h"
#include "ui/commands/mergetagscommand.h"
#include "ui/commands/recolorannotationcommand.h"
#include "ui/commands/retagannotationcommand.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QUndoStack>

using namespace bitext;
using namespace bitext::ui;

TEST_CASE("creating, retagging, recolouring and deleting an annotation undo and redo", "[commands]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = test::insertTalk(*lib);
    QUndoStack stack;
    QSignalSpy changed(&lib.library(), &Library::annotationsChanged);

    auto *create = new CreateAnnotationCommand(*lib, test::annotationOn(*lib, doc, 1, QStringLiteral("对齐")),
                                               QStringLiteral("*important*"));
    REQUIRE(LibraryCommand::push(&stack, create).isEmpty());
    const qint64 id = create->annotationId();
    REQUIRE(id > 0);
    CHECK(changed.count() >= 1);
    CHECK(lib->notes().forAnnotation(id)->body == QStringLiteral("*important*"));

    const qint64 risk = lib->tags().ensurePath(QStringLiteral("Risk"));
    REQUIRE(LibraryCommand::push(&stack, new RetagAnnotationCommand(*lib, id, {risk})).isEmpty());
    REQUIRE(LibraryCommand::push(&stack, new RecolorAnnotationCommand(*lib, id, QColor(Qt::red))).isEmpty());
    CHECK(lib->annotations().find(id)->tagIds == QList<qint64>{risk});
    CHECK(lib->annotations().find(id)->color == QColor(Qt::red));

    REQUIRE(LibraryCommand::push(&stack, new DeleteAnnotationCommand(*lib, id)).isEmpty());
    CHECK_FALSE(lib->annotations().find(id));

    stack.undo(); // delete
    REQUIRE(lib->annotations().find(id));
    CHECK(lib->annotations().find(id)->tagIds == QList<qint64>{risk});
    CHECK(lib->notes().forAnnotation(id)->body == QStringLiteral("*important*"));
    stack.undo(); // colour
    CHECK(lib->annotations().find(id)->color != QColor(Qt::red));
    stack.undo(); // tags
    CHECK(lib->annotations().find(id)->tagIds.isEmpty());
    stack.undo(); // create
    CHECK_FALSE(lib->annotations().find(id));
    CHECK(lib->annotations().list(doc).isEmpty());

    stack.redo();
    REQUIRE(lib->annotations().find(id)); // same id again
    CHECK(lib->notes().forAnnotation(id)->body == QStringLiteral("*important*"));
    stack.redo();
    stack.redo();
    stack.redo();
    CHECK_FALSE(lib->annotations().find(id));
    stack.undo();
    lib.reopen(); // every step reached the file
    CHECK(lib->annotations().find(id)->color == QColor(Qt::red));
}

TEST_CASE("typing a note merges into one undo step and is stored at every keystroke", "[commands]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = test::insertTalk(*lib);
    QUndoStack stack;
    const QString text = QStringLiteral("Good point");
    for (int i = 1; i <= text.size(); ++i) {
        LibraryCommand::push(&stack, new EditNoteCommand(*lib, EditNoteCommand::Target::Document, doc, text.left(i)));
        CHECK(lib->notes().forDocument(doc)->body == text.left(i));
    }
    CHECK(stack.count() == 1);
    stack.undo();
    CHECK_FALSE(lib->notes().forDocument(doc));
    stack.redo();
    CHECK(lib->notes().forDocument(doc)->body == text);
}

TEST_CASE("a failing command leaves the library and the stack unchanged", "[commands]")
{
    test::TemporaryLibrary lib;
    QUndoStack stack;
    const QString error = LibraryCommand::push(&stack, new DeleteAnnotationCommand(*lib, 12345));
    CHECK_FALSE(error.isEmpty());
    CHECK(stack.count() == 0);
    CHECK_FALSE(LibraryCommand::push(&stack, new CreateTagCommand(*lib, QStringLiteral("/ /"))).isEmpty());
    CHECK(lib->tags().list().isEmpty());
    CHECK(stack.count() == 0);

    // Creating a tag that exists creates nothing, and leaves nothing to undo.
    const qint64 existing = lib->tags().ensurePath(QStringLiteral("A"));
    REQUIRE(LibraryCommand::push(&stack, new CreateTagCommand(*lib, QStringLiteral(" A/"))).isEmpty());
    CHECK(stack.count() == 0);
    CHECK(lib->tags().find(existing));
    CHECK(lib->tags().list().size() == 1);
}

TEST_CASE("tag commands: create, rename, move, merge and delete undo with their links", "[commands]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = test::insertTalk(*lib);
    QUndoStack stack;

    auto *create = new CreateTagCommand(*lib, QStringLiteral("Risk/Misuse"));
    REQUIRE(LibraryCommand::push(&stack, create).isEmpty());
    const qint64 misuse = create->tagId();
    CHECK(lib->tags().list().size() == 2);
    stack.undo();
    CHECK(lib->tags().list().isEmpty());
    stack.redo();
    CHECK(lib->tags().find(misuse)->path == QStringLiteral("Risk/Misuse"));

    const qint64 risk = lib->tags().findByPath(QStringLiteral("Risk"))->id;
    const qint64 safety = lib->tags().ensurePath(QStringLiteral("Safety"));
    Annotation a = test::annotationOn(*lib, doc, 1, QStringLiteral("对齐"));
    a.tagIds = {misuse};
    const qint64 first = lib->annotations().create(a);
    a.tagIds = {misuse, safety};
    const qint64 second = lib->annotations().create(a);

    REQUIRE(
        LibraryCommand::push(&stack, ChangeTagCommand::rename(*lib, *lib->tags().find(misuse), QStringLiteral("Abuse")))
            .isEmpty());
    CHECK(lib->tags().find(misuse)->path == QStringLiteral("Risk/Abuse"));
    REQUIRE(LibraryCommand::push(&stack, ChangeTagCommand::move(*lib, *lib->tags().find(misuse), 0)).isEmpty());
    CHECK(lib->tags().find(misuse)->path == QStringLiteral("Abuse"));
    // Moving a tag below itself fails and changes nothing.
    CHECK_FALSE(LibraryCommand::push(&stack, ChangeTagCommand::move(*lib, *lib->tags().find(risk), risk)).isEmpty());
    stack.undo();
    stack.undo();
    CHECK(lib->tags().find(misuse)->path == QStringLiteral("Risk/Misuse"));

    SECTION("merge and undo")
    {
        REQUIRE(LibraryCommand::push(&stack, new MergeTagsCommand(*lib, misuse, safety)).isEmpty());
        CHECK_FALSE(lib->tags().find(misuse));
        CHECK(lib->annotations().find(first)->tagIds == QList<qint64>{safety});
        CHECK(lib->tags().usageCount(safety) == 2);
        stack.undo();
        CHECK(lib->tags().find(misuse)->path == QStringLiteral("Risk/Misuse"));
        CHECK(lib->annotations().find(first)->tagIds == QList<qint64>{misuse});
        CHECK(lib->annotations().find(second)->tagIds == (QList<qint64>{misuse, safety}));
        CHECK(lib->tags().usageCount(safety) == 1);
        stack.redo();
        CHECK(lib->tags().usageCount(safety) == 2);
    }
    SECTION("merging a parent moves its children; undo moves them back")
    {
        REQUIRE(LibraryCommand::push(&stack, new MergeTagsCommand(*lib, risk, safety)).isEmpty());
        CHECK(lib->tags().find(misuse)->path == QStringLiteral("Safety/Misuse"));
        stack.undo();
        CHECK(lib->tags().find(misuse)->path == QStringLiteral("Risk/Misuse"));
    }
    SECTION("delete a parent removes the subtree; undo restores tags and links")
    {
        REQUIRE(LibraryCommand::push(&stack, new DeleteTagCommand(*lib, risk)).isEmpty());
        CHECK_FALSE(lib->tags().find(misuse));
        CHECK(lib->annotations().find(first)->tagIds.isEmpty());
        CHECK(lib->annotations().find(first)); // the quote stays
        stack.undo();
        CHECK(lib->tags().find(misuse)->path == QStringLiteral("Risk/Misuse"));
        CHECK(lib->annotations().find(first)->tagIds == QList<qint64>{misuse});
        CHECK(lib->annotations().find(second)->tagIds == (QList<qint64>{misuse, safety}));
    }
}
