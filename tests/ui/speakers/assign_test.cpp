// Assign (Ctrl+Shift+A) starts from the selected segments' own speaker, never from the one
// selected in the speakers panel, and the panel's selection does not follow the user into
// another document.
#include "models/item/segmentmodel.h"
#include "tests/ui/reader/windowfixture.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/reader/readerview.h"
#include "ui/speakers/speakerchoicedialog.h"
#include "ui/speakers/speakercontroller.h"
#include "ui/speakers/speakerpanel.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QUndoStack>

using namespace bitext;
using namespace bitext::ui;

namespace {

QAction *assignAction(MainWindow &window)
{
    const QList<QAction *> actions = window.menu(MainWindow::Menu::Speakers)->actions();
    for (QAction *action : actions) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A))
            return action;
    }
    return nullptr;
}

void selectRows(MainWindow &window, int first, int last)
{
    SegmentModel *model = window.segmentModel();
    window.reader()->selectionModel()->select(
        QItemSelection(model->index(first), model->index(last)), QItemSelectionModel::ClearAndSelect);
}

} // namespace

TEST_CASE("Assign starts from the segments' own speaker; Enter alone changes nothing", "[speakers][assign]")
{
    test::WindowFixture f;
    const qint64 document = f.open(QStringLiteral("003"));
    Library &library = *f.window.library();
    SegmentModel *segments = f.window.segmentModel();
    const qint64 josh = f.speaker(QStringLiteral("Josh"));
    const qint64 moderator = segments->segmentAt(0).speakerId;
    REQUIRE(moderator != josh);
    QUndoStack *stack = f.window.undoController()->documentStack(document);
    const int commands = stack->count();

    // The user looked at Josh in the panel, then selected the moderator's first segment.
    f.window.speakerPanel()->selectSpeaker(josh);
    REQUIRE(f.window.speakerPanel()->currentSpeakerId() == josh);
    selectRows(f.window, 0, 0);
    QAction *assign = assignAction(f.window);
    REQUIRE(assign);
    REQUIRE(assign->isEnabled());
    assign->trigger();
    auto *dialog = f.dialog<SpeakerChoiceDialog>(QStringLiteral("assignSpeakerDialog"));
    CHECK(dialog->chosenSpeakerId() == moderator);
    CHECK_FALSE(dialog->okButton()->isEnabled());
    QTest::keyClick(dialog->comboBox(), Qt::Key_Return);
    CHECK(segments->segmentAt(0).speakerId == moderator);
    CHECK(stack->count() == commands);

    // An explicit choice assigns, undoably.
    dialog->comboBox()->lineEdit()->clear();
    QTest::keyClicks(dialog->comboBox()->lineEdit(), QStringLiteral("Josh"));
    REQUIRE(dialog->okButton()->isEnabled());
    QTest::keyClick(dialog->comboBox(), Qt::Key_Return);
    CHECK(segments->segmentAt(0).speakerId == josh);
    CHECK(stack->count() == commands + 1);
    stack->undo();
    CHECK(segments->segmentAt(0).speakerId == moderator);

    // Segments of different speakers start from no one.
    int other = 1;
    while (segments->segmentAt(other).speakerId == moderator)
        ++other;
    selectRows(f.window, 0, other);
    assign->trigger();
    dialog = f.dialog<SpeakerChoiceDialog>(QStringLiteral("assignSpeakerDialog"));
    CHECK(dialog->chosenSpeakerId() == 0);
    CHECK(dialog->comboBox()->currentText().isEmpty());
    CHECK_FALSE(dialog->okButton()->isEnabled());
    dialog->reject();
    CHECK(library.speakers().sharedSpeaker(f.window.reader()->selectedSegmentIds()) == 0);
}

TEST_CASE("The speakers panel does not carry its selection into another document", "[speakers][panel]")
{
    test::WindowFixture f;
    const qint64 plain = f.import(QStringLiteral("002")); // no speakers
    const qint64 host = f.import(QStringLiteral("001"));
    f.open(QStringLiteral("003"));
    SpeakerPanel *panel = f.window.speakerPanel();
    const qint64 josh = f.speaker(QStringLiteral("Josh"));
    panel->selectSpeaker(josh);
    REQUIRE(panel->currentSpeakerId() == josh);

    f.window.openDocument(plain);
    CHECK(panel->currentSpeakerId() == 0);

    // Where the first segment has a speaker, the panel shows that one.
    panel->selectSpeaker(josh);
    f.window.openDocument(host);
    CHECK(panel->currentSpeakerId() == f.window.segmentModel()->segmentAt(0).speakerId);
    CHECK(panel->currentSpeakerId() != josh);
}

TEST_CASE("A speaker named while assigning is library data: undo in one document never takes it from another",
          "[speakers][assign][undo]")
{
    test::WindowFixture f;
    const qint64 first = f.open(QStringLiteral("002")); // no speakers at all
    Library &library = *f.window.library();
    UndoController *undo = f.window.undoController();
    SpeakerController *speakers = f.window.speakerController();
    const QList<qint64> firstSegments{f.window.segmentModel()->segmentAt(0).id, f.window.segmentModel()->segmentAt(1).id};
    REQUIRE(speakers->assignByName(firstSegments, QStringLiteral("Narrator")).isEmpty());
    const qint64 narrator = f.speaker(QStringLiteral("Narrator"));
    // The speaker went onto the library's stack, the assignment onto the document's.
    CHECK(undo->libraryStack()->count() == 1);
    CHECK(undo->documentStack(first)->count() == 1);

    // One user action: undo takes both back, redo brings both again.
    undo->undo();
    CHECK_FALSE(library.speakers().findByName(QStringLiteral("Narrator")));
    CHECK(library.speakers().sharedSpeaker(firstSegments) == 0);
    undo->redo();
    REQUIRE(library.speakers().findByName(QStringLiteral("Narrator")));
    CHECK(library.speakers().sharedSpeaker(firstSegments) == narrator);

    // The same speaker given to segments of another document, then the first document's
    // edit undone there: the other document keeps its speaker.
    const qint64 second = f.open(QStringLiteral("003"));
    const QList<qint64> secondSegments{f.window.segmentModel()->segmentAt(0).id};
    REQUIRE(speakers->assignByName(secondSegments, QStringLiteral("Narrator")).isEmpty());
    CHECK(undo->libraryStack()->count() == 1); // no second speaker was made
    f.window.openDocument(first);
    REQUIRE(undo->currentDocument() == first);
    undo->undo();
    CHECK(library.speakers().sharedSpeaker(firstSegments) == 0);
    CHECK(library.speakers().findByName(QStringLiteral("Narrator")));
    CHECK(library.speakers().sharedSpeaker(secondSegments) == narrator);
    Q_UNUSED(second)
}
