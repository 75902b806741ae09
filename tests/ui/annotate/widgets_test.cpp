#include "models/item/annotationfiltermodel.h"
#include "models/item/annotationlistmodel.h"
#include "models/item/annotationroles.h"
#include "models/item/tagtreemodel.h"
#include "models/store/annotationrepository.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"
#include "tests/models/annotate/annotatefixture.h"
#include "tests/support/testsupport.h"
#include "ui/annotate/annotationsdock.h"
#include "ui/annotate/markdownhighlighting.h"
#include "ui/annotate/noteeditor.h"
#include "ui/annotate/notepreview.h"
#include "ui/annotate/tagmanagerdialog.h"
#include "ui/annotate/tagpicker.h"
#include "ui/commands/createannotationcommand.h"
#include "ui/mainwindow/undocontroller.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

TEST_CASE("NoteEditor stores each keystroke, undoes as one step and follows undo", "[widgets][note]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = test::insertTalk(*lib);
    const qint64 id = lib->annotations().create(test::annotationOn(*lib, doc, 1, QStringLiteral("对齐")));
    UndoController undo;
    QUndoStack &stack = *undo.documentStack(doc); // where the notes of its quotes go
    NoteEditor editor(*lib, &undo);
    editor.show();
    CHECK_FALSE(editor.isEnabled());
    editor.setAnnotation(id);
    REQUIRE(editor.isEnabled());
    QTest::keyClicks(editor.editor(), QStringLiteral("Hi *there*"));
    CHECK(lib->notes().forAnnotation(id)->body == QStringLiteral("Hi *there*"));
    CHECK(stack.count() == 1);

    stack.undo();
    CHECK_FALSE(lib->notes().forAnnotation(id));
    CHECK(editor.editor()->toPlainText().isEmpty());
    stack.redo();
    CHECK(editor.editor()->toPlainText() == QStringLiteral("Hi *there*"));

    editor.showPreview(true);
    CHECK(editor.preview()->toPlainText().trimmed() == QStringLiteral("Hi there"));

    // Deleting the annotation disables the editor rather than writing an orphan note.
    lib->annotations().remove(id);
    CHECK_FALSE(editor.isEnabled());

    // A document note works the same way.
    editor.setDocument(doc);
    editor.showPreview(false);
    QTest::keyClicks(editor.editor(), QStringLiteral("Doc"));
    CHECK(lib->notes().forDocument(doc)->body == QStringLiteral("Doc"));
}

TEST_CASE("A note the library refuses keeps the typed text and says why", "[widgets][note]")
{
    test::TemporaryLibrary lib;
    UndoController undo;
    NoteEditor editor(*lib, &undo);
    editor.show();
    editor.setDocument(424242); // no such document: every store fails
    QTest::keyClicks(editor.editor(), QStringLiteral("ab"));
    CHECK(editor.editor()->toPlainText() == QStringLiteral("ab"));
    CHECK(editor.isModified());
    CHECK(editor.findChild<QLabel *>(QStringLiteral("noteStatus"))
              ->text()
              .contains(QStringLiteral("could not be saved")));
    CHECK(undo.documentStack(424242)->count() == 0);
}

TEST_CASE("The note preview loads no file the note names and follows no link", "[widgets][note]")
{
    QTemporaryDir dir;
    const QString imagePath = dir.filePath(QStringLiteral("secret.png"));
    QImage secret(10, 10, QImage::Format_RGB32);
    secret.fill(Qt::red);
    REQUIRE(secret.save(imagePath));

    NotePreview preview;
    preview.resize(300, 200);
    preview.show();
    const QUrl local = QUrl::fromLocalFile(imagePath);
    const QUrl remote(QStringLiteral("https://example.invalid/track.png"));
    preview.setMarkdownText(QStringLiteral("# Title\n\n![a](%1) ![b](%2) ![c](secret.png)\n\n[link](https://example.invalid)")
                                .arg(local.toString(), remote.toString()));
    preview.document()->documentLayout()->documentSize(); // lays out, which asks for the images
    QCoreApplication::processEvents();
    CHECK(preview.refusedResources() >= 2);
    const QImage loaded = preview.document()->resource(QTextDocument::ImageResource, local).value<QImage>();
    CHECK(loaded.size() != QSize(10, 10));
    CHECK_FALSE(preview.openLinks());
    CHECK_FALSE(preview.openExternalLinks());
    CHECK(preview.toPlainText().contains(QStringLiteral("Title")));
    CHECK(preview.source().isEmpty());
}

TEST_CASE("Markdown highlighting follows the palette's lightness", "[widgets][note]")
{
    QPlainTextEdit edit;
    edit.setPlainText(QStringLiteral("# Heading\n\n*emphasis*"));
    QPalette light = edit.palette();
    light.setColor(QPalette::Base, Qt::white);
    edit.setPalette(light);
    MarkdownHighlighting highlighting(edit.document(), &edit);
    if (!MarkdownHighlighting::isAvailable()) {
        CHECK(highlighting.themeName().isEmpty());
        return;
    }
    const QString lightTheme = highlighting.themeName();
    CHECK_FALSE(lightTheme.isEmpty());
    QPalette dark = edit.palette();
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    edit.setPalette(dark);
    const QString darkTheme = highlighting.themeName();
    CHECK_FALSE(darkTheme.isEmpty());
    CHECK(darkTheme != lightTheme);
    // The heading got a format from the theme.
    CHECK_FALSE(edit.document()->firstBlock().layout()->formats().isEmpty());
}

TEST_CASE("TagPicker narrows by typing, picks a tag, or creates Parent/Child undoably", "[widgets][tags]")
{
    test::TemporaryLibrary lib;
    const qint64 risk = lib->tags().ensurePath(QStringLiteral("Risk"));
    lib->tags().ensurePath(QStringLiteral("Method/Interview"));
    UndoController undo;
    QUndoStack &stack = *undo.libraryStack(); // tags are library data
    TagPicker picker(*lib, &undo);
    QSignalSpy picked(&picker, &TagPicker::tagPicked);
    picker.popup(QRect(10, 10, 1, 1));
    CHECK(picker.list()->count() == 3);

    QTest::keyClicks(picker.lineEdit(), QStringLiteral("ri"));
    REQUIRE(picker.list()->count() >= 1);
    CHECK(picker.list()->item(0)->text() == QStringLiteral("Risk"));
    QTest::keyClick(picker.lineEdit(), Qt::Key_Return);
    REQUIRE(picked.count() == 1);
    CHECK(picked.at(0).at(0).toLongLong() == risk);
    CHECK(stack.count() == 0);

    picker.popup(QRect(10, 10, 1, 1));
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("Risk / Deception"));
    REQUIRE(picker.list()->count() >= 1);
    CHECK(picker.list()->currentItem()->text().contains(QStringLiteral("Risk/Deception")));
    QTest::keyClick(picker.lineEdit(), Qt::Key_Return);
    REQUIRE(picked.count() == 2);
    const auto created = lib->tags().findByPath(QStringLiteral("Risk/Deception"));
    REQUIRE(created);
    CHECK(picked.at(1).at(0).toLongLong() == created->id);
    CHECK(stack.count() == 1);
    stack.undo();
    CHECK_FALSE(lib->tags().findByPath(QStringLiteral("Risk/Deception")));
    CHECK(lib->tags().find(risk));

    // Arrow keys move through the list from the filter field.
    picker.popup(QRect(10, 10, 1, 1));
    QTest::keyClick(picker.lineEdit(), Qt::Key_Down);
    CHECK(picker.list()->currentRow() == 1);
}

TEST_CASE("TagManagerDialog merges and deletes tags, asking with the quote count", "[widgets][tags]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = test::insertTalk(*lib);
    const qint64 risk = lib->tags().ensurePath(QStringLiteral("Risk"));
    const qint64 misuse = lib->tags().ensurePath(QStringLiteral("Risk/Misuse"));
    const qint64 danger = lib->tags().ensurePath(QStringLiteral("Danger"));
    Annotation a = test::annotationOn(*lib, doc, 1, QStringLiteral("对齐"));
    a.tagIds = {risk};
    const qint64 first = lib->annotations().create(a);
    a.tagIds = {risk, misuse};
    const qint64 second = lib->annotations().create(a);
    a.tagIds = {danger};
    const qint64 third = lib->annotations().create(a);

    UndoController undo;
    QUndoStack &stack = *undo.libraryStack();
    TagManagerDialog dialog(*lib, &undo);
    dialog.show();
    CHECK(dialog.model()->rowCount() == 2);

    SECTION("delete asks with the counts; no keeps everything, yes deletes, undo restores")
    {
        QStringList asked;
        bool answer = false;
        dialog.setConfirmHandler([&](const QString &question) {
            asked << question;
            return answer;
        });
        CHECK_FALSE(dialog.deleteTag(risk));
        REQUIRE(asked.size() == 1);
        CHECK(asked.first().contains(QStringLiteral("2 quote")));
        CHECK(asked.first().contains(QStringLiteral("1 tag")));
        CHECK(lib->tags().find(risk));
        answer = true;
        CHECK(dialog.deleteTag(risk));
        CHECK_FALSE(lib->tags().find(risk));
        CHECK_FALSE(lib->tags().find(misuse));
        CHECK(dialog.model()->rowCount() == 1);
        CHECK(lib->annotations().find(first)->tagIds.isEmpty());
        stack.undo();
        CHECK(lib->annotations().find(second)->tagIds == (QList<qint64>{risk, misuse}));
        CHECK(dialog.model()->rowCount() == 2);
        CHECK(dialog.model()->indexOfTag(misuse).isValid());
    }
    SECTION("merge moves quotes and children; undo splits them again")
    {
        CHECK(dialog.mergeTag(risk, danger));
        CHECK_FALSE(lib->tags().find(risk));
        CHECK(lib->tags().find(misuse)->path == QStringLiteral("Danger/Misuse"));
        CHECK(lib->tags().usageCount(danger) == 3);
        CHECK(dialog.model()->indexOfTag(danger, TagTreeModel::CountColumn).data().toString()
            == QStringLiteral("4 incl. subtags"));
        stack.undo();
        CHECK(lib->tags().usageCount(danger) == 1);
        CHECK(lib->annotations().find(third)->tagIds == QList<qint64>{danger});
        CHECK(lib->annotations().find(first)->tagIds == QList<qint64>{risk});
        CHECK(lib->tags().find(misuse)->path == QStringLiteral("Risk/Misuse"));
    }
    SECTION("rename, recolour and move; refusals show in the dialog")
    {
        CHECK(dialog.renameTag(misuse, QStringLiteral("Abuse")));
        CHECK(dialog.recolorTag(misuse, QColor(Qt::blue)));
        CHECK(dialog.moveTag(misuse, danger));
        CHECK(lib->tags().find(misuse)->path == QStringLiteral("Danger/Abuse"));
        CHECK(lib->tags().find(misuse)->color == QColor(Qt::blue));
        CHECK_FALSE(dialog.renameTag(danger, QStringLiteral("Risk")));
        CHECK(dialog.statusText().contains(QStringLiteral("Risk")));
        CHECK_FALSE(dialog.mergeTag(danger, misuse)); // into its own child
        CHECK(stack.count() == 3);
        stack.undo();
        stack.undo();
        stack.undo();
        CHECK(lib->tags().find(misuse)->path == QStringLiteral("Risk/Misuse"));
    }
}

TEST_CASE("AnnotationsDock lists, filters, edits with undo and emits annotationActivated", "[widgets][dock]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = test::insertTalk(*lib);
    const qint64 other = test::insertTalk(*lib, QStringLiteral("Other talk"));
    const qint64 risk = lib->tags().ensurePath(QStringLiteral("Risk"));
    Annotation a = test::annotationOn(*lib, doc, 1, QStringLiteral("对齐"));
    a.tagIds = {risk};
    const qint64 first = lib->annotations().create(a);
    const qint64 second = lib->annotations().create(test::annotationOn(*lib, doc, 2, QStringLiteral("oversight"), Side::En));
    lib->annotations().create(test::annotationOn(*lib, other, 0, QStringLiteral("欢迎")));

    UndoController undo;
    QUndoStack &stack = *undo.documentStack(doc); // the quotes edited are this document's
    AnnotationsDock dock(*lib, &undo);
    dock.resize(360, 700);
    dock.show();
    dock.setDocument(doc);
    CHECK(dock.listView()->model()->rowCount() == 2);
    dock.setWholeLibrary(true);
    CHECK(dock.listView()->model()->rowCount() == 3);
    dock.setWholeLibrary(false);
    CHECK(dock.listView()->model()->rowCount() == 2);

    // Clicking a quote asks the main window to jump to it.
    QSignalSpy activated(&dock, &AnnotationsDock::annotationActivated);
    const QModelIndex row = dock.listView()->model()->index(1, 0);
    dock.listView()->scrollTo(row);
    QTest::mouseClick(dock.listView()->viewport(), Qt::LeftButton, {}, dock.listView()->visualRect(row).center());
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toLongLong() == doc);
    CHECK(activated.at(0).at(1).toLongLong() == second);
    CHECK(dock.currentAnnotationId() == second);
    CHECK(dock.noteEditor()->annotationId() == second);

    // The codebook view filters by tag and shows the counts.
    const QModelIndex riskIndex = dock.tagModel()->indexOfTag(risk);
    CHECK(dock.tagModel()->indexOfTag(risk, TagTreeModel::CountColumn).data().toString() == QStringLiteral("1"));
    dock.tagView()->setCurrentIndex(riskIndex);
    CHECK(dock.listView()->model()->rowCount() == 1);
    dock.clearFilters();
    CHECK(dock.listView()->model()->rowCount() == 2);

    // Tag, untag and remove the current quote, all undoable.
    dock.selectAnnotation(second);
    dock.addTagToCurrent(risk);
    CHECK(lib->annotations().find(second)->tagIds == QList<qint64>{risk});
    CHECK(dock.tagModel()->indexOfTag(risk, TagTreeModel::CountColumn).data().toString() == QStringLiteral("2"));
    dock.recolorCurrent(QColor(Qt::green));
    CHECK(lib->annotations().find(second)->color == QColor(Qt::green));
    dock.removeCurrent();
    CHECK_FALSE(lib->annotations().find(second));
    CHECK(dock.listView()->model()->rowCount() == 1);
    CHECK(stack.count() == 3);
    stack.undo();
    CHECK(dock.listView()->model()->rowCount() == 2);
    CHECK(lib->annotations().find(second)->tagIds == QList<qint64>{risk});
    stack.undo();
    stack.undo();
    CHECK(lib->annotations().find(second)->tagIds.isEmpty());
    CHECK(lib->annotations().find(first));

    // A note typed in the dock is the selected quote's note.
    dock.selectAnnotation(first);
    QTest::keyClicks(dock.noteEditor()->editor(), QStringLiteral("why"));
    CHECK(lib->notes().forAnnotation(first)->body == QStringLiteral("why"));
    const QModelIndex firstIndex = dock.filterModel()->mapFromSource(dock.listModel()->indexOfAnnotation(first));
    CHECK(firstIndex.data(AnnotationRole::NoteRole).toString() == QStringLiteral("why"));

    // The text filter finds it by its note.
    dock.findChild<QLineEdit *>()->setText(QStringLiteral("WHY"));
    CHECK(dock.listView()->model()->rowCount() == 1);
}
