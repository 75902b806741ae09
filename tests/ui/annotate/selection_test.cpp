// What the Annotate actions act on and where their popup goes (issue 11, items 4 and 19):
// Remove Highlight takes the highlight under the selection, never one clicked earlier;
// the tag picker opens beside the selection and inside the screen; the annotations dock
// says "Whole library" while it lists the whole library.
#include "models/store/annotationrepository.h"
#include "tests/models/annotate/annotatefixture.h"
#include "tests/ui/annotate/annotatewindow.h"
#include "ui/annotate/popupanchor.h"
#include "ui/mainwindow/undocontroller.h"

#include <QAction>
#include <QComboBox>
#include <QScreen>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

using Fixture = test::AnnotateWindow;

qint64 highlight(Fixture &f, Side side, int row, int from, int to)
{
    f.select(side, row, from, row, to);
    f.actions()->highlight->trigger();
    const qint64 id = f.annotations()->currentAnnotationId();
    REQUIRE(id > 0);
    return id;
}

} // namespace

TEST_CASE("Remove Highlight removes the highlight under the selection, and only with one there", "[select]")
{
    Fixture f;
    f.open(f.first);
    const qint64 clicked = highlight(f, Side::En, 5, 0, 12);
    const qint64 other = highlight(f, Side::En, 8, 0, 12);

    // A highlight clicked earlier, then text selected inside another one.
    f.clickInside(Side::En, 5, 2, 10);
    REQUIRE(f.annotations()->currentAnnotationId() == clicked);
    f.select(Side::En, 8, 2, 8, 6);
    CHECK(f.annotations()->targetAnnotationId() == other);
    REQUIRE(f.actions()->removeHighlight->isEnabled());
    f.actions()->removeHighlight->trigger();
    CHECK_FALSE(f.lib().annotations().find(other));
    CHECK(f.lib().annotations().find(clicked));

    // Selected text with no highlight under it: nothing to remove, whatever was clicked.
    f.clickInside(Side::En, 5, 2, 10);
    REQUIRE(f.annotations()->currentAnnotationId() == clicked);
    f.select(Side::En, 12, 0, 12, 8);
    CHECK(f.annotations()->targetAnnotationId() == 0);
    CHECK_FALSE(f.actions()->removeHighlight->isEnabled());
    f.actions()->removeHighlight->trigger(); // (its shortcut, were it enabled)
    CHECK(f.lib().annotations().find(clicked));

    // A selection over part of a highlight is on it; without a selection, the clicked one.
    f.select(Side::En, 5, 8, 6, 3);
    CHECK(f.annotations()->targetAnnotationId() == clicked);
    f.reader()->paneForSide(Side::En)->clearTextSelection();
    QCoreApplication::processEvents();
    CHECK(f.annotations()->targetAnnotationId() == clicked);
    CHECK(f.actions()->removeHighlight->isEnabled());
}

TEST_CASE("The highlight under a selection is the innermost one around it", "[select]")
{
    Fixture f;
    f.open(f.first);
    const qint64 outer = highlight(f, Side::Zh, 3, 0, 12);
    const qint64 inner = highlight(f, Side::Zh, 3, 4, 8);
    f.select(Side::Zh, 3, 5, 3, 7);
    CHECK(f.annotations()->targetAnnotationId() == inner);
    f.select(Side::Zh, 3, 1, 3, 3);
    CHECK(f.annotations()->targetAnnotationId() == outer);
    f.select(Side::Zh, 3, 2, 3, 10); // around the inner one, inside the outer one
    CHECK(f.annotations()->targetAnnotationId() == outer);
}

TEST_CASE("The tag picker opens beside the selection, inside the screen", "[select][tags]")
{
    Fixture f;
    f.open(f.first);
    // Text near the right edge of the right pane, on a row near the bottom of the view.
    ReaderPane *pane = f.reader()->paneForSide(Side::En);
    REQUIRE(pane);
    f.reader()->scrollToRow(0);
    QCoreApplication::processEvents();
    int row = f.reader()->geometry()->lastVisibleRow();
    while (row > 0 && pane->rowRect(row).bottom() > pane->viewport()->height())
        --row;
    const int length = int(f.segment(row).en.size());
    REQUIRE(length > 4);
    const TextRange selection {Side::En, row, length - 4, row, length};
    pane->setTextSelection(selection);
    QCoreApplication::processEvents();
    const QRect anchor = PopupAnchor::forRange(f.reader(), selection);
    REQUIRE_FALSE(anchor.isNull());

    f.actions()->tag->trigger();
    TagPicker *picker = f.annotations()->tagPicker();
    REQUIRE(picker->isVisible());
    const QRect popup = picker->frameGeometry();
    const QRect screen = f.window->screen()->availableGeometry();
    INFO("popup " << popup.x() << "," << popup.y() << " " << popup.width() << "x" << popup.height() << "; anchor "
                  << anchor.x() << "," << anchor.y() << " " << anchor.width() << "x" << anchor.height() << "; screen "
                  << screen.width() << "x" << screen.height());
    CHECK(screen.contains(popup));
    CHECK_FALSE(popup.intersects(anchor));
    picker->hide();
}

TEST_CASE("TagPicker::placement: below, else above, else beside, always inside the area", "[select][tags]")
{
    const QRect screen(0, 0, 800, 600);
    const QSize size(280, 320);
    // Room below.
    CHECK(TagPicker::placement(QRect(100, 100, 50, 20), size, screen) == QPoint(100, 124));
    // At the bottom: above.
    CHECK(TagPicker::placement(QRect(100, 500, 50, 20), size, screen) == QPoint(100, 500 - 4 - 320));
    // At the right edge: moved left to fit, still below.
    CHECK(TagPicker::placement(QRect(700, 100, 50, 20), size, screen) == QPoint(800 - 280, 124));
    // A tall anchor (a long selection): beside it.
    CHECK(TagPicker::placement(QRect(100, 50, 200, 500), size, screen) == QPoint(304, 50));
    CHECK(TagPicker::placement(QRect(500, 50, 200, 500), size, screen) == QPoint(500 - 4 - 280, 50));
    // Nowhere beside it: inside the screen anyway.
    const QPoint forced = TagPicker::placement(QRect(0, 0, 800, 600), size, screen);
    CHECK(screen.contains(QRect(forced, size)));
}

TEST_CASE("The annotations dock says Whole library while no document is open", "[select][dock]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = test::insertTalk(*lib);
    const qint64 other = test::insertTalk(*lib, QStringLiteral("Other talk"));
    lib->annotations().create(test::annotationOn(*lib, doc, 1, QStringLiteral("对齐")));
    lib->annotations().create(test::annotationOn(*lib, other, 0, QStringLiteral("欢迎")));
    UndoController undo;
    AnnotationsDock dock(*lib, &undo);
    dock.show();

    dock.setDocument(0);
    CHECK(dock.scopeBox()->currentText() == QStringLiteral("Whole library"));
    CHECK(dock.isWholeLibrary());
    CHECK(dock.listView()->model()->rowCount() == 2);
    dock.setDocument(doc);
    CHECK(dock.scopeBox()->currentText() == QStringLiteral("This document"));
    CHECK(dock.listView()->model()->rowCount() == 1);
    dock.setDocument(0);
    CHECK(dock.scopeBox()->currentText() == QStringLiteral("Whole library"));
    // The user's choice of the whole library stays when the next document opens.
    dock.setDocument(doc);
    dock.scopeBox()->setCurrentIndex(1);
    dock.setDocument(0);
    dock.setDocument(other);
    CHECK(dock.scopeBox()->currentText() == QStringLiteral("Whole library"));
    CHECK(dock.listView()->model()->rowCount() == 2);
}
