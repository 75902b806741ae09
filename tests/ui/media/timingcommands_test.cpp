// The undo commands of tap timing and attaching, on the document's undo stack: each step
// stored at once, undo and redo putting the rows back exactly.
#include "models/store/documentrepository.h"
#include "tests/ui/media/timingwindow.h"
#include "ui/commands/nudgesegmentcommand.h"
#include "ui/commands/setsegmentstartcommand.h"
#include "ui/mainwindow/undocontroller.h"

#include <QUndoStack>

using namespace bitext;
using namespace bitext::test;

namespace {

std::optional<qint64> storedStart(Library &library, qint64 documentId, int row)
{
    return library.documents().segments(documentId).at(row).startMs;
}

std::optional<qint64> storedEnd(Library &library, qint64 documentId, int row)
{
    return library.documents().segments(documentId).at(row).endMs;
}

} // namespace

TEST_CASE("Marks and nudges are stored at once and undone one by one", "[media][commands]")
{
    TimingWindow w;
    w.open(w.first);
    Library &library = *w.window->library();
    UndoController *undo = w.window->undoController();
    const QList<Segment> segments = library.documents().segments(w.first);
    REQUIRE(segments.size() > 2);
    REQUIRE_FALSE(segments.at(0).startMs); // an untimed seed

    CHECK(undo->push(new SetSegmentStartCommand(library, w.first, segments.at(0).id, 1000)).isEmpty());
    CHECK(undo->push(new SetSegmentStartCommand(library, w.first, segments.at(1).id, 2500)).isEmpty());
    CHECK(storedStart(library, w.first, 0) == 1000);
    CHECK(storedStart(library, w.first, 1) == 2500);
    CHECK(storedEnd(library, w.first, 0) == 2500);
    CHECK(undo->push(new NudgeSegmentCommand(library, w.first, segments.at(1).id, -100)).isEmpty());
    CHECK(storedStart(library, w.first, 1) == 2400);

    // Not after the previous segment's start: refused, nothing kept on the stack.
    QUndoStack *stack = undo->documentStack(w.first);
    const int count = stack->count();
    CHECK_FALSE(undo->push(new SetSegmentStartCommand(library, w.first, segments.at(2).id, 500)).isEmpty());
    CHECK(stack->count() == count);
    CHECK_FALSE(storedStart(library, w.first, 2));

    undo->undo();
    CHECK(storedStart(library, w.first, 1) == 2500);
    undo->undo();
    CHECK_FALSE(storedStart(library, w.first, 1));
    CHECK_FALSE(storedEnd(library, w.first, 0));
    undo->undo();
    CHECK_FALSE(storedStart(library, w.first, 0));
    undo->redo();
    CHECK(storedStart(library, w.first, 0) == 1000);
}
