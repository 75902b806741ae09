// Timing Mode on a real recording played for real: Return marks the current segment's
// start at the player's position and moves on, Alt+Left/Right nudge the last mark, each
// is stored at once and undone by Edit › Undo; Play Quote and Loop Quote play a highlight.
#include "models/store/documentrepository.h"
#include "tests/support/nullaudiosink.h"
#include "tests/support/spokenmedia.h"
#include "tests/ui/media/timingwindow.h"
#include "ui/annotate/annotationcontroller.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/media/mediacontroller.h"
#include "ui/media/quoteplayback.h"
#include "ui/media/taptimingcontroller.h"
#include "ui/reader/readerpane.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QStatusBar>
#include <QUndoStack>

using namespace bitext;
using namespace bitext::test;

namespace {

struct PlayingWindow : TimingWindow
{
    PlayingWindow()
    {
        NullAudioSink::ensure(); // before the player is made
        // The window's real player and its timing tools (TimingTools::install).
        player = window->mediaController();
        tapping = window->findChild<TapTimingController *>();
        quotes = window->findChild<QuotePlayback *>();
        REQUIRE(tapping);
        REQUIRE(quotes);
        open(first);
        audio = SpokenMedia::sample().path;
        REQUIRE(attacher()->attach(audio));
        REQUIRE(waitFor([this] { return player->hasMedia() && player->duration() > 0; }, 10000));
    }

    // Plays until the position has passed `ms`.
    void playPast(qint64 ms)
    {
        player->play();
        REQUIRE(waitFor([&] { return player->position() > ms; }, 10000));
    }

    std::optional<qint64> start(int row) { return window->segmentModel()->segmentAt(row).startMs; }
    std::optional<qint64> end(int row) { return window->segmentModel()->segmentAt(row).endMs; }
    QUndoStack *stack() { return window->undoController()->documentStack(first); }

    QString audio;
    MediaController *player = nullptr;
    TapTimingController *tapping = nullptr;
    QuotePlayback *quotes = nullptr;
};

} // namespace

TEST_CASE("Timing Mode is on offer once the document has playable media", "[media][tapping]")
{
    PlayingWindow w;
    CHECK(w.tapping->timingModeAction()->isEnabled());
    CHECK_FALSE(w.tapping->markAction()->isEnabled()); // not before Timing Mode is on
    w.tapping->timingModeAction()->setChecked(true);
    CHECK(w.tapping->markAction()->isEnabled());
    CHECK(w.tapping->earlierAction()->isEnabled());
    // Detached: nothing to time against.
    w.attacher()->detach();
    CHECK(waitFor([&] { return !w.tapping->timingModeAction()->isEnabled(); }, 5000));
    CHECK_FALSE(w.tapping->markAction()->isEnabled());
}

TEST_CASE("Return in the reader marks increasing starts while playing; undo removes them", "[media][tapping]")
{
    PlayingWindow w;
    w.tapping->timingModeAction()->setChecked(true);
    w.window->reader()->setCurrentRow(0);
    ReaderPane *pane = w.window->reader()->pane(0);
    pane->setFocus();
    REQUIRE(waitFor([&] { return pane->hasFocus(); }));

    w.playPast(600);
    const qint64 before0 = w.player->position();
    QTest::keyClick(pane, Qt::Key_Return);
    REQUIRE(w.start(0));
    CHECK(*w.start(0) >= before0);
    CHECK(*w.start(0) < before0 + 500);
    CHECK(w.window->reader()->currentRow() == 1); // moved on

    w.playPast(*w.start(0) + 700);
    QTest::keyClick(pane, Qt::Key_Return);
    REQUIRE(w.start(1));
    CHECK(*w.start(1) > *w.start(0) + 600);
    CHECK(w.end(0) == w.start(1)); // the previous segment ends where this one begins
    CHECK(w.window->reader()->currentRow() == 2);
    w.player->pause();

    // Stored at once: another connection reads them.
    {
        auto again = Library::open(w.library.path());
        const QList<Segment> stored = again->documents().segments(w.first);
        CHECK(stored.at(0).startMs == w.start(0));
        CHECK(stored.at(1).startMs == w.start(1));
    }

    REQUIRE(w.stack()->canUndo());
    w.window->undoController()->undo();
    CHECK_FALSE(w.start(1));
    CHECK(w.start(0));
    w.window->undoController()->undo();
    CHECK_FALSE(w.start(0));
    w.window->undoController()->redo();
    CHECK(w.start(0));
}

TEST_CASE("Alt+Left and Alt+Right move the last mark by 100 ms, undoably", "[media][tapping]")
{
    PlayingWindow w;
    w.tapping->timingModeAction()->setChecked(true);
    w.window->reader()->setCurrentRow(0);
    ReaderPane *pane = w.window->reader()->pane(0);
    pane->setFocus();
    w.playPast(500);
    w.player->pause();
    REQUIRE(w.tapping->markStart());
    const qint64 marked = *w.start(0);
    REQUIRE(w.window->reader()->currentRow() == 1); // untimed: the nudge moves row 0's mark
    QTest::keyClick(pane, Qt::Key_Right, Qt::AltModifier);
    CHECK(w.start(0) == marked + 100);
    QTest::keyClick(pane, Qt::Key_Left, Qt::AltModifier);
    QTest::keyClick(pane, Qt::Key_Left, Qt::AltModifier);
    CHECK(w.start(0) == marked - 100);
    w.window->undoController()->undo();
    CHECK(w.start(0) == marked);
}

TEST_CASE("A mark before the previous segment's start is refused in the status bar", "[media][tapping]")
{
    PlayingWindow w;
    w.tapping->timingModeAction()->setChecked(true);
    w.window->reader()->setCurrentRow(0);
    w.playPast(1500);
    w.player->pause();
    REQUIRE(w.tapping->markStart());
    w.player->seek(200);
    REQUIRE(waitFor([&] { return w.player->position() < 1000; }, 5000));
    CHECK_FALSE(w.tapping->markStart());
    CHECK_FALSE(w.start(1));
    CHECK(w.window->reader()->currentRow() == 1);
    CHECK_FALSE(w.window->statusBar()->currentMessage().isEmpty());
    CHECK(TimingWindow::messageBox() == nullptr);
}

TEST_CASE("Play Quote plays a highlight's range; Loop Quote comes back to its start", "[media][quote]")
{
    PlayingWindow w;
    // Segments 0..3 start at 0, 1.5, 3 and 4.5 s.
    w.tapping->timingModeAction()->setChecked(true);
    w.window->reader()->setCurrentRow(0);
    for (qint64 at : {qint64(0), qint64(1500), qint64(3000), qint64(4500)}) {
        w.player->seek(at);
        REQUIRE(waitFor([&] { return std::abs(w.player->position() - at) < 50; }, 5000));
        REQUIRE(w.tapping->markStart());
    }
    // A highlight in segment 1.
    const Segment &segment = w.window->segmentModel()->segmentAt(1);
    const Side side = segment.zh.isEmpty() ? Side::En : Side::Zh;
    ReaderPane *pane = w.window->reader()->paneForSide(side);
    REQUIRE(pane);
    pane->setTextSelection(TextRange {side, 1, 0, 1, 2});
    const qint64 quote = w.window->annotations()->highlightSelection();
    REQUIRE(quote);

    QuotePlayback *quotes = w.quotes;
    const auto range = quotes->range(quote);
    REQUIRE(range);
    CHECK(range->first == 1500);
    CHECK(range->second == 3000);

    REQUIRE(quotes->play(quote, false));
    CHECK(waitFor([&] { return w.player->position() > 1600; }, 5000));
    CHECK(w.player->position() >= 1500 - 200);
    // Stops at its end.
    CHECK(waitFor([&] { return w.player->position() >= 2900; }, 5000));
    QTest::qWait(800);
    CHECK(w.player->position() < 3000 + 300);

    REQUIRE(quotes->play(quote, true));
    CHECK(waitFor([&] { return w.player->position() > 2700; }, 5000));
    // Looped: back near its start, never far past its end.
    CHECK(waitFor([&] { return w.player->position() < 2000; }, 5000));
    CHECK(w.player->position() >= 1500 - 200);
    w.player->pause();
}

TEST_CASE("Play Quote without times says what to do", "[media][quote]")
{
    PlayingWindow w;
    const Segment &segment = w.window->segmentModel()->segmentAt(0);
    const Side side = segment.zh.isEmpty() ? Side::En : Side::Zh;
    w.window->reader()->paneForSide(side)->setTextSelection(TextRange {side, 0, 0, 0, 2});
    const qint64 quote = w.window->annotations()->highlightSelection();
    REQUIRE(quote);
    QuotePlayback *quotes = w.quotes;
    CHECK_FALSE(quotes->play(quote, false));
    CHECK(w.window->statusBar()->currentMessage().contains(QStringLiteral("Timing Mode")));
}
