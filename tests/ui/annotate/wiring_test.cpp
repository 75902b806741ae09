// Annotating from the main window, driven like a user: text selections in the reader
// panes, the Annotate actions, the tag picker and note dialog, the annotations dock;
// on real seed imports in a real SQLite library, checked again after a restart and
// through the command line.
#include "models/item/annotationlistmodel.h"
#include "models/item/annotationroles.h"
#include "models/item/segmentmodel.h"
#include "models/store/annotationrepository.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"
#include "tests/support/darkpalette.h"
#include "tests/ui/annotate/annotatewindow.h"
#include "ui/annotate/annotationactions.h"
#include "ui/annotate/annotationcontroller.h"
#include "ui/annotate/annotationsdock.h"
#include "ui/annotate/highlightdecorator.h"
#include "ui/annotate/notedialog.h"
#include "ui/annotate/noteeditor.h"
#include "ui/annotate/tagmanagerdialog.h"
#include "ui/annotate/tagpicker.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QHelpEvent>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolTip>

#include <catch2/catch.hpp>
#include <memory>

using namespace bitext;
using namespace bitext::ui;

namespace {

using Fixture = test::AnnotateWindow;

struct Quote
{
    qint64 document;
    Side side;
    int row;
    int from;
    int to;
    QString tag; // typed in the picker
    QString note;
};

} // namespace

TEST_CASE("Acceptance: a codebook, ten tagged quotes with notes across two documents, kept after a restart",
          "[wiring][acceptance]")
{
    Fixture f;

    // The codebook through Annotate > Manage Tags…
    REQUIRE(f.actions()->manageTags->isEnabled());
    f.actions()->manageTags->trigger();
    TagManagerDialog *manager = f.annotations()->tagManager();
    REQUIRE(manager);
    CHECK(manager->isVisible());
    REQUIRE(manager->createTag(QStringLiteral("Themes")));
    REQUIRE(manager->createTag(QStringLiteral("Themes/Safety")));
    REQUIRE(manager->createTag(QStringLiteral("Themes/Honesty")));
    manager->close();

    const QList<Quote> quotes{
        {f.first, Side::Zh, 2, 0, 6, QStringLiteral("Safety"), QStringLiteral("First *claim*")},
        {f.first, Side::En, 3, 4, 20, QStringLiteral("Honesty"), QString()},
        {f.first, Side::Zh, 6, 1, 5, QStringLiteral("Method"), QStringLiteral("Created the tag while tagging")},
        {f.first, Side::En, 9, 0, 12, QStringLiteral("Themes/Saf"), QString()},
        {f.first, Side::Zh, 12, 2, 8, QStringLiteral("Hon"), QStringLiteral("Compare with 003")},
        {f.third, Side::En, 1, 0, 15, QStringLiteral("Safety"), QStringLiteral("Panel view")},
        {f.third, Side::Zh, 4, 0, 4, QStringLiteral("Method"), QString()},
        {f.third, Side::En, 7, 5, 25, QStringLiteral("Honesty"), QStringLiteral("- a list\n- of points")},
        {f.third, Side::Zh, 10, 3, 9, QStringLiteral("Themes"), QString()},
        {f.third, Side::En, 13, 2, 18, QStringLiteral("Safety"), QStringLiteral("Last one")},
    };
    QList<qint64> ids;
    QStringList texts;
    QList<int> ends;
    for (const Quote &q : quotes) {
        f.open(q.document);
        const QString text = f.segment(q.row).text(q.side);
        const int to = qMin(q.to, int(text.size())); // short lines: up to their end
        REQUIRE(to > q.from);
        ends << to;
        texts << text.mid(q.from, to - q.from);
        f.select(q.side, q.row, q.from, q.row, to);
        f.tagWith(q.tag);
        const qint64 id = f.annotations()->currentAnnotationId();
        REQUIRE(id > 0);
        CHECK_FALSE(ids.contains(id));
        ids << id;
        if (!q.note.isEmpty())
            f.writeNote(q.note);
    }
    // The tag made on the fly in the picker (typing an unknown name, Enter).
    REQUIRE(f.lib().tags().findByPath(QStringLiteral("Method")));

    // A restart: a new window on the same file.
    f.window.reset();
    f.makeWindow();
    Library &lib = f.lib();
    const QList<Annotation> stored = lib.annotations().list();
    REQUIRE(stored.size() == 10);
    QHash<qint64, QString> notes;
    const QList<Note> noteList = lib.notes().annotationNotes();
    for (const Note &n : noteList)
        notes.insert(n.annotationId, n.body);
    const QHash<QString, QString> expectedTag{
        {QStringLiteral("Safety"), QStringLiteral("Themes/Safety")},
        {QStringLiteral("Themes/Saf"), QStringLiteral("Themes/Safety")},
        {QStringLiteral("Honesty"), QStringLiteral("Themes/Honesty")},
        {QStringLiteral("Hon"), QStringLiteral("Themes/Honesty")},
        {QStringLiteral("Method"), QStringLiteral("Method")},
        {QStringLiteral("Themes"), QStringLiteral("Themes")}};
    for (int i = 0; i < quotes.size(); ++i) {
        const auto a = lib.annotations().find(ids.at(i));
        REQUIRE(a);
        CHECK(a->documentId == quotes.at(i).document);
        CHECK(a->quote == texts.at(i));
        CHECK(a->side == quotes.at(i).side);
        REQUIRE(a->tagIds.size() == 1);
        CHECK(lib.tags().find(a->tagIds.first())->path == expectedTag.value(quotes.at(i).tag));
        CHECK(notes.value(a->id) == quotes.at(i).note);
        CHECK(a->color.isValid());
    }

    // The dock lists them all, and the reader paints each at its offsets.
    AnnotationsDock *dock = f.annotations()->dock();
    REQUIRE(dock);
    dock->setWholeLibrary(true);
    CHECK(dock->listModel()->rowCount() == 10);
    for (int i = 0; i < quotes.size(); ++i) {
        const Quote &q = quotes.at(i);
        f.open(q.document);
        const auto formats = f.annotations()->decorator()->formats(q.row, q.side);
        const QTextLayout::FormatRange *range = Fixture::highlightAt(formats, q.from);
        INFO("quote " << i);
        REQUIRE(range);
        CHECK(range->length == ends.at(i) - q.from);
    }

    // The command line sees the same ten quotes with their tags and notes.
    f.window.reset();
    const auto listed = test::runBitext({QStringLiteral("--library"), f.library.path(), QStringLiteral("annotations"),
                                         QStringLiteral("--json")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(array.size() == 10);
    int found = 0;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        const int i = int(ids.indexOf(qint64(o.value(QStringLiteral("id")).toInt())));
        REQUIRE(i >= 0);
        ++found;
        CHECK(o.value(QStringLiteral("quote")).toString() == texts.at(i));
        CHECK(o.value(QStringLiteral("tags")).toArray()
              == QJsonArray::fromStringList({expectedTag.value(quotes.at(i).tag)}));
        if (quotes.at(i).note.isEmpty())
            CHECK(o.value(QStringLiteral("note")).isNull());
        else
            CHECK(o.value(QStringLiteral("note")).toString() == quotes.at(i).note);
    }
    CHECK(found == 10);
}

TEST_CASE("A highlight across two segments, with the other language marked", "[wiring]")
{
    Fixture f;
    f.open(f.first);
    const int endLength = 3;
    f.select(Side::Zh, 3, 2, 4, endLength);
    REQUIRE(f.actions()->highlight->isEnabled());
    f.actions()->highlight->trigger();
    const qint64 id = f.annotations()->currentAnnotationId();
    REQUIRE(id > 0);
    const auto a = f.lib().annotations().find(id);
    REQUIRE(a);
    CHECK(a->startSegmentId == f.segment(3).id);
    CHECK(a->endSegmentId == f.segment(4).id);
    CHECK(a->startOffset == 2);
    CHECK(a->endOffset == endLength);
    CHECK(a->color == f.actions()->color());
    CHECK(f.reader()->textSelection().isEmpty()); // the selection became the highlight

    HighlightDecorator *decorator = f.annotations()->decorator();
    const auto row3 = decorator->formats(3, Side::Zh);
    const QTextLayout::FormatRange *start = Fixture::highlightAt(row3, 2);
    REQUIRE(start);
    CHECK(start->length == f.segment(3).zh.size() - 2);
    const auto row4 = decorator->formats(4, Side::Zh);
    const QTextLayout::FormatRange *end = Fixture::highlightAt(row4, 0);
    REQUIRE(end);
    CHECK(end->length == endLength);
    CHECK(decorator->formats(5, Side::Zh).isEmpty());

    // The English of both rows carries a quiet marker, not a highlight.
    for (int row : {3, 4}) {
        const auto english = decorator->formats(row, Side::En);
        REQUIRE(english.size() == 1);
        CHECK(english.first().format.underlineStyle() == QTextCharFormat::DotLine);
        CHECK_FALSE(english.first().format.hasProperty(QTextFormat::BackgroundBrush));
        CHECK(english.first().length == f.segment(row).en.size());
    }
    CHECK(decorator->formats(5, Side::En).isEmpty());

    // Tag… without a selection tags the current highlight (here with a tag made on the fly).
    f.tagWith(QStringLiteral("Alignment/Oversight"));
    const auto oversight = f.lib().tags().findByPath(QStringLiteral("Alignment/Oversight"));
    REQUIRE(oversight);
    CHECK(f.lib().annotations().find(id)->tagIds == QList<qint64>{oversight->id});
    CHECK(f.lib().annotations().list(f.first).size() == 1);

    // The same passage selected again is that highlight, not a twin.
    f.select(Side::Zh, 3, 2, 4, endLength);
    f.tagWith(QStringLiteral("Themes"));
    CHECK(f.lib().annotations().list(f.first).size() == 1);
    CHECK(f.lib().annotations().find(id)->tagIds.size() == 2);
    CHECK(f.annotations()->currentAnnotationId() == id);

    // Hovering the highlight shows its tags.
    ReaderPane *zh = f.reader()->paneForSide(Side::Zh);
    const QPoint point = f.pointInside(Side::Zh, 3, 2, int(f.segment(3).zh.size()));
    QHelpEvent help(QEvent::ToolTip, point, zh->viewport()->mapToGlobal(point));
    QApplication::sendEvent(zh->viewport(), &help);
    CHECK(QToolTip::text().contains(QStringLiteral("Alignment/Oversight")));
    QToolTip::hideText();

    // A colour from the colour menu recolours the highlight under the cursor.
    const QList<QAction *> colours = f.actions()->colorMenu->actions();
    REQUIRE(colours.size() == 10);
    colours.at(2)->trigger();
    CHECK(f.lib().annotations().find(id)->color == TagRepository::paletteColor(2));
    CHECK(f.actions()->color() == TagRepository::paletteColor(2));
    CHECK(Fixture::highlightAt(decorator->formats(3, Side::Zh), 2)->format.background().color()
          == decorator->background(TagRepository::paletteColor(2)));
}

TEST_CASE("Clicking a highlight selects it in the dock; Remove Highlight, undo with Ctrl+Z, redo", "[wiring]")
{
    Fixture f;
    f.open(f.first);
    const int row = 5;
    const int to = qMin(30, int(f.segment(row).en.size()));
    f.select(Side::En, row, 0, row, to);
    f.actions()->highlight->trigger();
    const qint64 id = f.annotations()->currentAnnotationId();
    REQUIRE(id > 0);

    // Click elsewhere, then inside the highlight.
    f.clickInside(Side::En, row + 1, 0, 10);
    CHECK(f.annotations()->currentAnnotationId() == 0);
    CHECK_FALSE(f.actions()->removeHighlight->isEnabled());
    f.clickInside(Side::En, row, 2, to - 2);
    CHECK(f.annotations()->currentAnnotationId() == id);
    CHECK(f.annotations()->dock()->currentAnnotationId() == id);
    REQUIRE(f.actions()->removeHighlight->isEnabled());

    f.actions()->removeHighlight->trigger();
    CHECK_FALSE(f.lib().annotations().find(id));
    CHECK(f.annotations()->decorator()->formats(row, Side::En).isEmpty());
    CHECK(f.annotations()->dock()->listModel()->rowCount() == 0);

    // Ctrl+Z in the reader puts it back, with the same id.
    ReaderPane *pane = f.reader()->paneForSide(Side::En);
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    pane->setFocus();
    QCoreApplication::processEvents();
    QTest::keyClick(pane, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(f.lib().annotations().find(id));
    CHECK(Fixture::highlightAt(f.annotations()->decorator()->formats(row, Side::En), 0));
    CHECK(f.annotations()->dock()->listModel()->rowCount() == 1);

    f.window->actions()->redo->trigger();
    CHECK_FALSE(f.lib().annotations().find(id));
    f.window->actions()->undo->trigger();
    CHECK(f.lib().annotations().find(id));
    f.window->actions()->undo->trigger(); // the highlight itself
    CHECK(f.lib().annotations().list().isEmpty());
    CHECK(f.annotations()->decorator()->formats(row, Side::En).isEmpty());
}

TEST_CASE("The reader's context menu offers the Annotate actions for the highlight right-clicked", "[wiring]")
{
    Fixture f;
    f.open(f.first);
    const int row = 5;
    f.select(Side::Zh, row, 1, row, 6);
    f.actions()->highlight->trigger();
    const qint64 id = f.annotations()->currentAnnotationId();
    REQUIRE(id > 0);
    f.clickInside(Side::Zh, row + 1, 0, 5);
    REQUIRE(f.annotations()->currentAnnotationId() == 0);

    ReaderPane *pane = f.reader()->paneForSide(Side::Zh);
    const QPoint point = f.pointInside(Side::Zh, row, 1, 6);
    QStringList shown;
    bool removeEnabled = false;
    QTimer::singleShot(100, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            const QList<QAction *> actions = menu->actions();
            for (QAction *action : actions)
                shown << action->text();
            removeEnabled = f.actions()->removeHighlight->isEnabled();
        }
        while (QApplication::activePopupWidget())
            QApplication::activePopupWidget()->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, point, pane->viewport()->mapToGlobal(point));
    QApplication::sendEvent(pane->viewport(), &event);
    for (QAction *action : {f.actions()->highlight, f.actions()->tag, f.actions()->note, f.actions()->removeHighlight})
        CHECK(shown.contains(action->text()));
    CHECK(shown.contains(f.actions()->colorMenu->title()));
    CHECK(removeEnabled);
    CHECK(f.annotations()->currentAnnotationId() == id);
}

TEST_CASE("Activating a quote in the dock opens its document, scrolls to it and flashes it", "[wiring]")
{
    Fixture f;
    f.open(f.first);
    const int row = 120;
    f.reader()->scrollToRow(row);
    f.select(Side::Zh, row, 0, row, 4);
    f.actions()->highlight->trigger();
    const qint64 id = f.annotations()->currentAnnotationId();
    REQUIRE(id > 0);

    f.open(f.third);
    f.reader()->scrollToRow(0);
    AnnotationsDock *dock = f.annotations()->dock();
    dock->setWholeLibrary(true);
    QCoreApplication::processEvents();
    const QModelIndex source = dock->listModel()->indexOfAnnotation(id);
    REQUIRE(source.isValid());
    QListView *list = dock->listView();
    QModelIndex index;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        if (list->model()->index(r, 0).data(AnnotationRole::AnnotationIdRole).toLongLong() == id)
            index = list->model()->index(r, 0);
    }
    REQUIRE(index.isValid());
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());

    CHECK(f.window->currentDocumentId() == f.first);
    CHECK(f.reader()->currentRow() == row);
    CHECK(f.reader()->geometry()->firstVisibleRow() <= row);
    CHECK(f.reader()->geometry()->lastVisibleRow() >= row);
    HighlightDecorator *decorator = f.annotations()->decorator();
    CHECK(decorator->flashingAnnotation() == id);
    const auto flashFormats = decorator->formats(row, Side::Zh);
    const auto *flashing = Fixture::highlightAt(flashFormats, 0);
    REQUIRE(flashing);
    CHECK(flashing->format.background().color() != decorator->background(f.actions()->color()));
    // The flash fades within about a second, back to the plain highlight.
    CHECK(test::waitFor([&] { return decorator->flashingAnnotation() == 0; }, 3000));
    CHECK(Fixture::highlightAt(decorator->formats(row, Side::Zh), 0)->format.background().color()
          == decorator->background(f.actions()->color()));
}

TEST_CASE("Annotate actions are enabled only when they can act", "[wiring]")
{
    test::clearSettings();
    {
        MainWindow empty;
        AnnotationActions *actions = empty.annotations()->actions();
        for (QAction *action : {actions->highlight, actions->tag, actions->note, actions->removeHighlight,
                                actions->manageTags, actions->documentNote})
            CHECK_FALSE(action->isEnabled());
        CHECK(empty.menu(MainWindow::Menu::Annotate)->actions().contains(actions->highlight));
        CHECK(empty.toolBar()->actions().contains(actions->tag));
    }

    Fixture f;
    AnnotationActions *actions = f.actions();
    CHECK(actions->manageTags->isEnabled());
    CHECK_FALSE(actions->documentNote->isEnabled()); // no document open yet
    f.open(f.first);
    CHECK(actions->documentNote->isEnabled());
    for (QAction *action : {actions->highlight, actions->tag, actions->note, actions->removeHighlight})
        CHECK_FALSE(action->isEnabled());
    f.select(Side::En, 2, 0, 2, 5);
    CHECK(actions->highlight->isEnabled());
    CHECK(actions->tag->isEnabled());
    CHECK(actions->note->isEnabled());
    CHECK_FALSE(actions->removeHighlight->isEnabled());
    f.reader()->paneForSide(Side::En)->clearTextSelection();
    CHECK_FALSE(actions->highlight->isEnabled());

    // Shortcuts do not clash with the window's own.
    QSet<QString> seen;
    const QList<QAction *> all = f.window->findChildren<QAction *>();
    for (QAction *action : all) {
        for (const QKeySequence &key : action->shortcuts()) {
            INFO(key.toString().toStdString());
            CHECK_FALSE(seen.contains(key.toString()));
            seen.insert(key.toString());
        }
    }

    // The document note is written in Markdown and kept.
    f.actions()->documentNote->trigger();
    QDialog *dialog = f.annotations()->noteDialog();
    REQUIRE(dialog);
    QTest::keyClicks(dialog->findChild<NoteEditor *>()->editor(), QStringLiteral("# Summary"));
    QTest::keyClick(dialog->findChild<NoteEditor *>()->editor(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(f.lib().notes().forDocument(f.first)->body == QStringLiteral("# Summary"));
}

// Pictures for people to judge (/tmp/bitext-annotate-light.png and -dark.png): highlights
// in several colours, one across two segments, the other-language markers and the dock.
TEST_CASE("Screenshots of highlights in light and dark palettes", "[wiring][screenshot]")
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::style()->standardPalette();
    Fixture f;
    f.open(f.first);
    f.select(Side::Zh, 2, 0, 2, 8);
    f.actions()->colorMenu->actions().at(0)->trigger();
    f.tagWith(QStringLiteral("Themes/Safety"));
    f.select(Side::En, 3, 10, 4, 20);
    f.actions()->colorMenu->actions().at(1)->trigger();
    f.select(Side::Zh, 5, 3, 5, 12);
    f.actions()->colorMenu->actions().at(2)->trigger();
    f.select(Side::En, 6, 0, 6, 24);
    f.actions()->colorMenu->actions().at(3)->trigger();
    f.writeNote(QStringLiteral("Why this *matters*"));
    f.select(Side::Zh, 7, 0, 7, 6);
    f.actions()->colorMenu->actions().at(4)->trigger();
    // Find marks (another decorator) show together with the highlights.
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    if (QApplication::focusWidget())
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Amanda"));
    f.reader()->scrollToRow(1);
    f.annotations()->dock()->setWholeLibrary(true);
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? test::darkPalette() : light);
        QCoreApplication::processEvents();
        f.window->repaint();
        const QImage image = f.window->grab().toImage();
        const QString path = QStringLiteral("/tmp/bitext-annotate-%1.png").arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
        CHECK(image.save(path));
        const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");
        // The flash on a quote jumped to, at its strongest, and the note dialog.
        const qint64 flashed = f.lib().annotations().list(f.first).first().id;
        f.annotations()->goToAnnotation(f.first, flashed);
        f.reader()->repaint();
        CHECK(f.reader()->grab().save(QStringLiteral("/tmp/bitext-annotate-flash-%1.png").arg(suffix)));
        f.annotations()->setCurrentAnnotation(flashed);
        f.actions()->note->trigger();
        REQUIRE(f.annotations()->noteDialog());
        CHECK(f.annotations()->noteDialog()->grab().save(QStringLiteral("/tmp/bitext-annotate-note-%1.png").arg(suffix)));
        f.annotations()->noteDialog()->close();
    }
    QApplication::setPalette(light);
}

TEST_CASE("Opening another library gives a fresh dock and picker bound to it", "[wiring]")
{
    Fixture f;
    f.open(f.first);
    f.select(Side::Zh, 2, 0, 2, 3);
    f.actions()->highlight->trigger();
    REQUIRE(f.annotations()->dock()->listModel()->rowCount() == 1);

    test::TemporaryLibrary other;
    const QString path = other.path();
    other.close();
    REQUIRE(f.window->openLibrary(path));
    QCoreApplication::processEvents();
    CHECK(f.window->findChildren<AnnotationsDock *>().size() == 1);
    REQUIRE(f.annotations()->dock());
    CHECK(f.annotations()->dock()->listModel()->rowCount() == 0);
    CHECK(f.annotations()->decorator()->formats(2, Side::Zh).isEmpty());
    CHECK(f.actions()->manageTags->isEnabled());
    CHECK_FALSE(f.actions()->documentNote->isEnabled());

    REQUIRE(f.window->openLibrary(f.library.path()));
    f.open(f.first);
    CHECK(Fixture::highlightAt(f.annotations()->decorator()->formats(2, Side::Zh), 0) != nullptr);
}
