// Issue 19: auto-coding as one undoable command across documents.
#include "models/analysis/autocoder.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"
#include "tests/support/codedtext.h"
#include "tests/support/testsupport.h"
#include "ui/commands/autocodecommand.h"
#include "ui/mainwindow/undocontroller.h"

#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

TEST_CASE("AutoCodeCommand is one undo step over several documents, ids kept on redo", "[ui][analysis][autocode]")
{
    test::TemporaryLibrary lib;
    const qint64 first
        = test::addTextDocument(*lib, QStringLiteral("First"), {{QStringLiteral("对齐很重要"), QString()}});
    const qint64 second = test::addTextDocument(
        *lib, QStringLiteral("Second"), {{QStringLiteral("對齊"), QStringLiteral("alignment")}});
    const qint64 tag = lib->tags().ensurePath(QStringLiteral("Alignment"));
    const qint64 other = lib->tags().ensurePath(QStringLiteral("Other"));
    const qint64 s1 = lib->documents().segments(first).first().id;
    const qint64 s2 = lib->documents().segments(second).first().id;
    const qint64 untagged = test::codeRange(*lib, second, Side::En, QStringLiteral("Ana"), {other}, 0, 0, 0, 9);

    const AutoCodePlan plan = AutoCoder(*lib).plan(
        {{first, s1, Side::Zh, 0, 2}, {second, s2, Side::Zh, 0, 2}, {second, s2, Side::En, 0, 9}}, tag);
    REQUIRE(plan.create.size() == 2);
    REQUIRE(plan.retag.size() == 1);

    UndoController undo;
    auto *command = new AutoCodeCommand(*lib, plan, tag, QStringLiteral("Alignment"));
    REQUIRE(undo.push(command).isEmpty());
    CHECK(undo.libraryStack()->count() == 1); // one step, on the library's stack
    const QList<Annotation> made = command->created();
    REQUIRE(made.size() == 2);
    CHECK(lib->annotations().list().size() == 3);
    CHECK(lib->annotations().find(untagged)->tagIds == QList<qint64> {tag, other});

    undo.setCurrentDocument(first);
    REQUIRE(undo.canUndo());
    undo.undo();
    CHECK(lib->annotations().list().size() == 1); // only the highlight that was there
    CHECK(lib->annotations().find(untagged)->tagIds == QList<qint64> {other});

    undo.redo();
    CHECK(lib->annotations().list().size() == 3);
    for (const Annotation &a : made) {
        const auto back = lib->annotations().find(a.id);
        REQUIRE(back);
        CHECK(back->quote == a.quote);
        CHECK(back->tagIds == QList<qint64> {tag});
    }
    CHECK(lib->annotations().find(untagged)->tagIds.contains(tag));
}
