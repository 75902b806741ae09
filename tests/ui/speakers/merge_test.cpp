// Renaming to a name another speaker already has offers a merge (Yan of 003 is 揚·萊克 of
// 004, whose alias is Jan Leike); the merge list names every speaker's other names.
#include "models/item/segmentmodel.h"
#include "models/store/documentrepository.h"
#include "tests/ui/reader/windowfixture.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/speakers/speakerchoicedialog.h"
#include "ui/speakers/speakercontroller.h"

#include <QComboBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

using namespace bitext;
using namespace bitext::ui;

namespace {

QAbstractButton *buttonNamed(QMessageBox *box, const QString &text)
{
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    }
    return nullptr;
}

// Yan of 003 and 揚·萊克 of 004 (also called Jan Leike): one person under two speakers.
struct TwoNamesFixture : test::WindowFixture
{
    TwoNamesFixture()
    {
        import(QStringLiteral("004"));
        open(QStringLiteral("003"));
        yan = speaker(QStringLiteral("Yan"));
        jan = speaker(QStringLiteral("Jan Leike"));
        REQUIRE(window.library()->speakers().find(jan)->name == QStringLiteral("揚·萊克"));
    }

    qint64 yan = 0;
    qint64 jan = 0;
};

void renameTo(test::WindowFixture &f, qint64 speakerId, const QString &name)
{
    f.window.speakerController()->askRename(speakerId);
    auto *dialog = f.dialog<QInputDialog>(QStringLiteral("renameSpeakerDialog"));
    dialog->setTextValue(name);
    dialog->accept();
}

} // namespace

TEST_CASE("Renaming a speaker to another speaker's alias offers to merge them, undoably", "[speakers][merge]")
{
    TwoNamesFixture f;
    Library &library = *f.window.library();
    const qint64 yan = f.yan;
    const qint64 jan = f.jan;
    const QList<qint64> yanSegments = library.speakers().segmentsOf(yan);
    const QList<qint64> janSegments = library.speakers().segmentsOf(jan);
    REQUIRE_FALSE(yanSegments.isEmpty());
    QUndoStack *stack = f.window.undoController()->libraryStack();
    const int commands = stack->count();

    // Cancel leaves both speakers as they were.
    renameTo(f, yan, QStringLiteral("Jan Leike"));
    auto *offer = f.dialog<QMessageBox>(QStringLiteral("mergeSpeakerOffer"));
    CHECK(offer->text().contains(QStringLiteral("Jan Leike")));
    CHECK(offer->text().contains(QStringLiteral("揚·萊克")));
    CHECK(offer->informativeText().contains(QStringLiteral("Yan")));
    CHECK(offer->informativeText().contains(QStringLiteral("揚·萊克")));
    REQUIRE(buttonNamed(offer, QStringLiteral("Merge")));
    REQUIRE(buttonNamed(offer, QStringLiteral("Cancel")));
    buttonNamed(offer, QStringLiteral("Cancel"))->click();
    CHECK(library.speakers().find(yan));
    CHECK(stack->count() == commands);

    // Merge: Yan's segments go to 揚·萊克, "Yan" becomes one of its names.
    renameTo(f, yan, QStringLiteral("Jan Leike"));
    offer = f.dialog<QMessageBox>(QStringLiteral("mergeSpeakerOffer"));
    buttonNamed(offer, QStringLiteral("Merge"))->click();
    CHECK_FALSE(library.speakers().find(yan));
    CHECK(library.speakers().findByName(QStringLiteral("Yan"))->id == jan);
    CHECK(library.speakers().segmentsOf(jan).size() == janSegments.size() + yanSegments.size());
    CHECK(
        f.window.segmentModel()->segmentAt(library.documents().segment(yanSegments.first())->ordinal).speakerId == jan);
    REQUIRE(stack->count() == commands + 1);

    stack->undo();
    REQUIRE(library.speakers().find(yan));
    CHECK(library.speakers().find(yan)->name == QStringLiteral("Yan"));
    CHECK(library.speakers().segmentsOf(yan) == yanSegments);
    CHECK(library.speakers().segmentsOf(jan) == janSegments);
    CHECK_FALSE(library.speakers().find(jan)->aliases.contains(QStringLiteral("Yan")));
    stack->redo();
    CHECK_FALSE(library.speakers().find(yan));

    // A name nobody has is a plain rename.
    stack->undo();
    renameTo(f, yan, QStringLiteral("Yan L."));
    CHECK(library.speakers().find(yan)->name == QStringLiteral("Yan L."));
}

TEST_CASE("The merge list shows each speaker's other names and needs an explicit choice", "[speakers][merge]")
{
    TwoNamesFixture f;
    Library &library = *f.window.library();
    const qint64 yan = f.yan;
    const qint64 jan = f.jan;

    f.window.speakerController()->askMerge(yan);
    auto *dialog = f.dialog<SpeakerChoiceDialog>(QStringLiteral("mergeSpeakerDialog"));
    QComboBox *combo = dialog->comboBox();
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    CHECK(items.contains(QStringLiteral("揚·萊克 (also: Jan Leike)")));
    CHECK(items.contains(QStringLiteral("阿曼達·阿斯凱爾 (also: Amanda Askell)")));
    CHECK_FALSE(items.contains(QStringLiteral("Yan"))); // not into itself
    // Nothing is chosen yet: Enter cannot merge into whoever happens to be first.
    CHECK(combo->currentIndex() == -1);
    CHECK_FALSE(dialog->okButton()->isEnabled());

    combo->setCurrentIndex(int(items.indexOf(QStringLiteral("揚·萊克 (also: Jan Leike)"))));
    CHECK(dialog->chosenSpeakerId() == jan);
    REQUIRE(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    CHECK_FALSE(library.speakers().find(yan));
    CHECK(library.speakers().find(jan)->aliases.contains(QStringLiteral("Yan")));
    f.window.undoController()->libraryStack()->undo();
    CHECK(library.speakers().find(yan));
}
