// The note dialog as a user meets it (issue 11, item 3): typing goes into the note at
// once, Enter is a new line, Save (Ctrl+Enter) stores it as one undo step, and leaving
// with unsaved text asks: save, discard or keep editing. Keys go where the focus is.
#include "models/store/annotationrepository.h"
#include "models/store/noterepository.h"
#include "tests/ui/annotate/annotatewindow.h"
#include "ui/mainwindow/mainactions.h"

#include <QAction>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

using Fixture = test::AnnotateWindow;

// Opens the note of a new highlight with Annotate > Add Note… and waits until the
// dialog has the keyboard.
NoteDialog *openNote(Fixture &f)
{
    REQUIRE(f.actions()->note->isEnabled());
    f.actions()->note->trigger();
    NoteDialog *dialog = f.annotations()->noteDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    // (Offscreen, a window closed just before may hand activation back late.)
    REQUIRE(test::waitFor([&] {
        if (QApplication::activeWindow() != dialog)
            dialog->activateWindow();
        return QApplication::activeWindow() == dialog;
    }));
    return dialog;
}

// The note of a new highlight on some text of 001.
NoteDialog *noteOnNewHighlight(Fixture &f, Side side, int row, int from, int to)
{
    f.open(f.first);
    f.select(side, row, from, row, to);
    return openNote(f);
}

// Keys as the keyboard sends them: to whatever has the focus.
void type(const QString &text)
{
    REQUIRE(QApplication::focusWidget());
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    REQUIRE(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

} // namespace

TEST_CASE("The note dialog takes typing at once, Enter is a new line, Ctrl+Enter saves one undo step", "[note]")
{
    Fixture f;
    NoteDialog *dialog = noteOnNewHighlight(f, Side::Zh, 2, 0, 6);
    const qint64 id = f.annotations()->currentAnnotationId();
    REQUIRE(id > 0);

    CHECK(QApplication::focusWidget() == dialog->editor()->editor());
    type(QStringLiteral("First line"));
    key(Qt::Key_Return);
    type(QStringLiteral("second"));
    CHECK(dialog->isVisible());
    CHECK(dialog->editor()->editor()->toPlainText() == QStringLiteral("First line\nsecond"));
    CHECK_FALSE(dialog->saveButton()->isDefault());
    CHECK_FALSE(dialog->cancelButton()->isDefault());
    CHECK_FALSE(f.lib().notes().forAnnotation(id)); // nothing stored before Save
    // Enter on a button is no click either.
    dialog->cancelButton()->setFocus();
    key(Qt::Key_Return);
    CHECK(dialog->isVisible());
    dialog->editor()->editor()->setFocus();

    key(Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(dialog->isVisible());
    REQUIRE(f.lib().notes().forAnnotation(id));
    CHECK(f.lib().notes().forAnnotation(id)->body == QStringLiteral("First line\nsecond"));
    CHECK(f.window->actions()->undo->text().contains(QStringLiteral("Edit note")));
    f.window->actions()->undo->trigger(); // the whole note, one step
    CHECK_FALSE(f.lib().notes().forAnnotation(id));
    CHECK(f.lib().annotations().find(id)); // the highlight stays
}

TEST_CASE("Escape or Cancel with unsaved text asks; nothing is lost or kept silently", "[note]")
{
    Fixture f;
    NoteDialog *dialog = noteOnNewHighlight(f, Side::En, 4, 0, 12);
    const qint64 id = f.annotations()->currentAnnotationId();
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    dialog->setChangesPrompt([&] { return answer; });

    // Unchanged: Escape just closes.
    key(Qt::Key_Escape);
    CHECK_FALSE(dialog->isVisible());
    CHECK(dialog->promptCount() == 0);

    dialog = openNote(f);
    dialog->setChangesPrompt([&] { return answer; });
    type(QStringLiteral("Draft"));
    // Keep editing: still open, text and focus where they were, nothing stored.
    answer = QMessageBox::Cancel;
    key(Qt::Key_Escape);
    CHECK(dialog->promptCount() == 1);
    REQUIRE(dialog->isVisible());
    CHECK(dialog->editor()->editor()->toPlainText() == QStringLiteral("Draft"));
    CHECK_FALSE(f.lib().notes().forAnnotation(id));
    // Discard: closes, nothing stored.
    answer = QMessageBox::Discard;
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    CHECK(dialog->promptCount() == 2);
    CHECK_FALSE(dialog->isVisible());
    CHECK_FALSE(f.lib().notes().forAnnotation(id));

    // Save from the question: stored.
    dialog = openNote(f);
    dialog->setChangesPrompt([] { return QMessageBox::Save; });
    type(QStringLiteral("Kept"));
    key(Qt::Key_Escape);
    CHECK_FALSE(dialog->isVisible());
    CHECK(f.lib().notes().forAnnotation(id)->body == QStringLiteral("Kept"));

    // Closing the window asks too.
    dialog = openNote(f);
    CHECK(dialog->editor()->editor()->toPlainText() == QStringLiteral("Kept"));
    int asked = 0;
    dialog->setChangesPrompt([&] {
        ++asked;
        return QMessageBox::Cancel;
    });
    type(QStringLiteral(" more"));
    CHECK_FALSE(dialog->close());
    CHECK(asked == 1);
    CHECK(dialog->isVisible());
    dialog->setChangesPrompt([] { return QMessageBox::Discard; });
    CHECK(dialog->close());
    CHECK(f.lib().notes().forAnnotation(id)->body == QStringLiteral("Kept"));

    // Closing the main window asks about the open note first; keeping it keeps both open.
    dialog = openNote(f);
    type(QStringLiteral(" again"));
    asked = 0;
    dialog->setChangesPrompt([&] {
        ++asked;
        return QMessageBox::Cancel;
    });
    CHECK_FALSE(f.window->close());
    CHECK(asked == 1);
    CHECK(f.window->isVisible());
    CHECK(dialog->isVisible());
    dialog->setChangesPrompt([] { return QMessageBox::Save; });
    CHECK(f.window->close());
    CHECK(f.lib().notes().forAnnotation(id)->body == QStringLiteral("Kept again"));
}
