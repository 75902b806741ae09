// The main window's reader driven like a user would: clicks in the panes and on the
// timeline, keyboard moves, speaker edits with undo and redo, on real seed imports.
#include "models/item/segmentmodel.h"
#include "models/store/documentrepository.h"
#include "models/store/speakerrepository.h"
#include "tests/ui/reader/readertestsupport.h"
#include "ui/library/documentheader.h"
#include "ui/library/librarypanel.h"
#include "ui/mainwindow/documentcontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/reader/readerview.h"
#include "ui/speakers/speakercontroller.h"
#include "ui/timeline/speakertimeline.h"

#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

struct Fixture
{
    Fixture()
    {
        test::clearSettings();
        window.openLibrary(library.path());
        window.resize(1400, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    qint64 open(const QString &seed)
    {
        const qint64 id = test::importSeed(*window.library(), seed);
        REQUIRE(id > 0);
        emit window.library()->documentsChanged();
        window.openDocument(id);
        QCoreApplication::processEvents();
        return id;
    }

    ReaderView *reader() { return window.reader(); }

    test::TemporaryLibrary library;
    MainWindow window;
};

} // namespace

TEST_CASE("Rows line up across the panes and the panes scroll together")
{
    Fixture f;
    f.open(QStringLiteral("001"));
    ReaderView *reader = f.reader();
    REQUIRE(reader->paneCount() == 2);
    CHECK(f.window.segmentModel()->rowCount() == 147);
    ReaderPane *zh = reader->pane(0);
    ReaderPane *en = reader->pane(1);
    zh->viewport()->repaint();
    en->viewport()->repaint();
    for (int row = 0; row < 6; ++row) {
        CHECK(zh->rowRect(row).top() == en->rowRect(row).top());
        CHECK(zh->rowRect(row).height() == en->rowRect(row).height());
        // Tall enough for the taller side.
        const auto *geometry = reader->geometry();
        CHECK(zh->rowRect(row).height() > 0);
        CHECK(geometry->rowTop(row + 1) - geometry->rowTop(row) == zh->rowRect(row).height());
    }
    en->verticalScrollBar()->setValue(en->verticalScrollBar()->maximum() / 2);
    QCoreApplication::processEvents();
    CHECK(reader->geometry()->scrollY() > 0);
    CHECK(zh->rowRect(40).top() == en->rowRect(40).top());
    CHECK(reader->geometry()->firstVisibleRow() > 10);
}

TEST_CASE("Selecting a segment in one pane selects it in the other")
{
    Fixture f;
    f.open(QStringLiteral("001"));
    ReaderView *reader = f.reader();
    ReaderPane *zh = reader->pane(0);
    ReaderPane *en = reader->pane(1);
    QCoreApplication::processEvents();

    reader->scrollToRow(3);
    QCoreApplication::processEvents();
    const QRect row3 = zh->rowRect(3);
    QTest::mouseClick(zh->viewport(), Qt::LeftButton, {}, QPoint(row3.center().x(), row3.bottom() - 8));
    CHECK(reader->currentRow() == 3);
    CHECK(reader->selectedRows() == QList<int>{3});
    CHECK(zh->hasFocus());

    reader->scrollToRow(5);
    QCoreApplication::processEvents();
    const QRect row5 = en->rowRect(5);
    QTest::mouseClick(en->viewport(), Qt::LeftButton, {}, QPoint(row5.center().x(), row5.bottom() - 8));
    CHECK(reader->currentRow() == 5);
    CHECK(reader->selectedRows() == QList<int>{5});
    CHECK(en->hasFocus());

    // The keyboard moves the shared current segment from either pane.
    QTest::keyClick(en, Qt::Key_Down);
    CHECK(reader->currentRow() == 6);
    en->setFocus();
    QTest::keyClick(zh, Qt::Key_Down, Qt::ShiftModifier);
    CHECK(reader->selectedRows() == (QList<int>{6, 7}));

    // Go > next turn of the same speaker skips the other speaker's turns.
    reader->setCurrentRow(0);
    const qint64 host = f.window.segmentModel()->segmentAt(0).speakerId;
    reader->nextTurnOfSpeaker(+1);
    const int next = reader->currentRow();
    CHECK(next > 1);
    CHECK(f.window.segmentModel()->segmentAt(next).speakerId == host);
    CHECK(f.window.segmentModel()->segmentAt(next - 1).speakerId != host);
    reader->nextTurnOfSpeaker(-1);
    CHECK(reader->currentRow() == 0);
}

TEST_CASE("A drag selects text that maps to segment ids and code-point offsets")
{
    Fixture f;
    f.open(QStringLiteral("001"));
    ReaderView *reader = f.reader();
    ReaderPane *en = reader->paneForSide(Side::En);
    REQUIRE(en);
    reader->scrollToRow(2);
    QCoreApplication::processEvents();
    const QRect row = en->rowRect(2);
    const int y = row.bottom() - 10;
    QTest::mousePress(en->viewport(), Qt::LeftButton, {}, QPoint(30, y));
    QMouseEvent move(QEvent::MouseMove, QPointF(140, y), QPointF(en->viewport()->mapToGlobal(QPoint(140, y))), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(en->viewport(), &move);
    QTest::mouseRelease(en->viewport(), Qt::LeftButton, {}, QPoint(140, y));
    const SegmentTextRange selection = reader->textSelection();
    REQUIRE_FALSE(selection.isEmpty());
    CHECK(selection.side == Side::En);
    const Segment &segment = f.window.segmentModel()->segmentAt(2);
    CHECK(selection.startSegmentId == segment.id);
    CHECK(selection.endSegmentId == segment.id);
    CHECK(selection.endOffset > selection.startOffset);
    CHECK(selection.text == segment.en.mid(selection.startOffset, selection.endOffset - selection.startOffset));

    // Code points, not UTF-16 units: an astral ideograph counts once.
    const QString text = QStringLiteral("\U00020000abc");
    CHECK(codePointOffset(text, 3) == 2);
    CHECK(utf16Offset(text, 2) == 3);
}

TEST_CASE("Clicking the timeline at a turn's bar brings that segment into view")
{
    Fixture f;
    f.open(QStringLiteral("003"));
    SpeakerTimeline *timeline = f.window.timeline();
    REQUIRE(timeline->schedule().lanes().size() == 5);
    const auto &turns = timeline->schedule().turns();
    const int last = int(turns.size()) - 2;
    const int row = turns.at(last).firstRow;
    CHECK(f.reader()->geometry()->lastVisibleRow() < row);
    const QRect bar = timeline->barRect(last);
    QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(bar.left() + 1, bar.center().y()));
    QCoreApplication::processEvents();
    const int first = f.reader()->geometry()->firstVisibleRow();
    const int lastVisible = f.reader()->geometry()->lastVisibleRow();
    CHECK(first <= row);
    CHECK(row <= lastVisible);
    CHECK(f.reader()->currentRow() >= turns.at(last).firstRow);
    CHECK(f.reader()->currentRow() <= turns.at(last).lastRow);
}

TEST_CASE("Merging and assigning speakers are undoable and redoable")
{
    Fixture f;
    f.open(QStringLiteral("003"));
    Library &library = *f.window.library();
    const auto yan = library.speakers().findByName(QStringLiteral("Yan"));
    const auto amanda = library.speakers().findByName(QStringLiteral("Amanda Askell"));
    REQUIRE(yan);
    REQUIRE(amanda);
    const QList<qint64> yanSegments = library.speakers().segmentsOf(yan->id);
    REQUIRE_FALSE(yanSegments.isEmpty());
    UndoController *undo = f.window.undoController();

    CHECK(f.window.speakerController()->merge(yan->id, amanda->id).isEmpty());
    CHECK_FALSE(library.speakers().find(yan->id));
    CHECK(library.speakers().findByName(QStringLiteral("Yan"))->id == amanda->id); // an alias now
    CHECK(f.window.timeline()->schedule().lanes().size() == 4);
    CHECK(undo->undoText().contains(QStringLiteral("Yan")));
    undo->undo();
    REQUIRE(library.speakers().find(yan->id));
    CHECK(library.speakers().find(yan->id)->color == yan->color);
    CHECK(library.speakers().segmentsOf(yan->id) == yanSegments);
    CHECK(library.speakers().find(amanda->id)->aliases.isEmpty());
    CHECK(f.window.timeline()->schedule().lanes().size() == 5);
    undo->redo();
    CHECK_FALSE(library.speakers().find(yan->id));
    undo->undo();

    // Assign the first three segments to Josh, from the reader's selection.
    const auto josh = library.speakers().findByName(QStringLiteral("Josh"));
    REQUIRE(josh);
    ReaderView *reader = f.reader();
    reader->selectionModel()->select(QItemSelection(f.window.segmentModel()->index(0), f.window.segmentModel()->index(2)),
                                     QItemSelectionModel::ClearAndSelect);
    const QList<qint64> ids = reader->selectedSegmentIds();
    REQUIRE(ids.size() == 3);
    const qint64 before = f.window.segmentModel()->segmentAt(0).speakerId;
    CHECK(f.window.speakerController()->assign(ids, josh->id).isEmpty());
    CHECK(f.window.segmentModel()->segmentAt(0).speakerId == josh->id);
    CHECK(library.documents().segment(ids.at(2))->speakerId == josh->id);
    CHECK(undo->documentStack(f.window.currentDocumentId())->canUndo()); // the document's edit
    undo->undo();
    CHECK(f.window.segmentModel()->segmentAt(0).speakerId == before);
    CHECK(library.documents().segment(ids.at(0))->speakerId == before);
    undo->redo();
    CHECK(library.documents().segment(ids.at(1))->speakerId == josh->id);

    // A new name creates the speaker as part of the same undoable command.
    CHECK(f.window.speakerController()->assignByName(ids.mid(0, 1), QStringLiteral("Guest Reader")).isEmpty());
    const auto guest = library.speakers().findByName(QStringLiteral("Guest Reader"));
    REQUIRE(guest);
    CHECK(library.documents().segment(ids.at(0))->speakerId == guest->id);
    undo->undo();
    CHECK_FALSE(library.speakers().findByName(QStringLiteral("Guest Reader")));
    CHECK(library.documents().segment(ids.at(0))->speakerId == josh->id);
    undo->redo();
    REQUIRE(library.speakers().findByName(QStringLiteral("Guest Reader")));
    CHECK(library.speakers().findByName(QStringLiteral("Guest Reader"))->id == guest->id);
    CHECK(library.speakers().findByName(QStringLiteral("Guest Reader"))->color == guest->color);
    CHECK(library.documents().segment(ids.at(0))->speakerId == guest->id);
    undo->undo();

    // Renaming to an existing name fails cleanly and leaves no command behind.
    const int commands = f.window.undoController()->libraryStack()->count();
    CHECK_FALSE(f.window.speakerController()->rename(josh->id, QStringLiteral("Moderator")).isEmpty());
    CHECK(f.window.undoController()->libraryStack()->count() == commands);
    CHECK(f.window.speakerController()->rename(josh->id, QStringLiteral("Josh Batson")).isEmpty());
    CHECK(f.window.segmentModel()->segmentAt(0).speaker == QStringLiteral("Josh Batson"));
}

TEST_CASE("Deleting documents can be undone, metadata edits show in the header")
{
    Fixture f;
    const qint64 id = f.open(QStringLiteral("001"));
    Library &library = *f.window.library();
    auto *header = f.window.documentHeader();
    CHECK(header->isVisible());
    CHECK(header->document().id == id);

    CHECK(f.window.documentController()->remove({id}).isEmpty());
    CHECK(library.documents().list().isEmpty());
    CHECK(f.window.currentDocumentId() == 0);
    f.window.undoController()->undo();
    const QList<DocumentSummary> documents = library.documents().list();
    REQUIRE(documents.size() == 1);
    CHECK(documents.first().segmentCount == 147);
    CHECK(documents.first().speakers.size() == 2);
}

TEST_CASE("A one-language document opens in its one pane with a note")
{
    Fixture f;
    f.open(QStringLiteral("002"));
    CHECK(f.reader()->paneCount() == 1);
    CHECK(f.reader()->effectiveArrangement() == ReaderArrangement::ZhOnly);
    CHECK_FALSE(f.reader()->noteText().isEmpty());
    CHECK(f.reader()->pane(0)->isVisible());

    f.open(QStringLiteral("001"));
    CHECK(f.reader()->paneCount() == 2);
    CHECK(f.reader()->noteText().isEmpty());
    f.reader()->setArrangement(ReaderArrangement::Interlinear);
    CHECK(f.reader()->paneCount() == 1);
    CHECK(f.reader()->geometry()->sidesOf(0).size() == 2);
    f.reader()->setArrangement(ReaderArrangement::EnZh);
    CHECK(f.reader()->geometry()->sidesOf(0) == QVector<Side>{Side::En});
}

TEST_CASE("A click into a row partly above the view does not move the text under the mouse")
{
    Fixture f;
    f.open(QStringLiteral("001"));
    ReaderView *reader = f.reader();
    ReaderGeometry *geometry = reader->geometry();
    // A long turn, scrolled so its first lines are above the view.
    int row = -1;
    for (int r = 1; r < f.window.segmentModel()->rowCount() && row < 0; ++r) {
        reader->scrollToRow(r);
        if (geometry->rowHeight(r) > 200)
            row = r;
    }
    REQUIRE(row >= 1);
    reader->setCurrentRow(0);
    geometry->scrollToY(geometry->rowTop(row) + 120);
    QCoreApplication::processEvents();
    const int y = geometry->scrollY();
    REQUIRE(y == geometry->rowTop(row) + 120);
    REQUIRE(reader->currentRow() != row);

    QTest::mouseClick(reader->pane(0)->viewport(), Qt::LeftButton, {}, QPoint(120, 20));
    CHECK(reader->currentRow() == row);
    CHECK(geometry->scrollY() == y);
    // The keyboard still brings the current row into view.
    reader->setCurrentRow(row + 1);
    reader->setCurrentRow(row);
    CHECK(geometry->scrollY() == geometry->rowTop(row));
}
