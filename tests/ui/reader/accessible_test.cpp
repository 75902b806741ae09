// The reader as a screen reader sees it (issue 13): each pane a table of segments with the
// columns Speaker, Chinese, English and Time, cells made only when asked for, their text
// readable and selectable, and arrow-key moves reported as focus on the new row.
#include "models/item/segmentmodel.h"
#include "tests/ui/reader/windowfixture.h"
#include "ui/reader/readeraccessible.h"
#include "ui/reader/readerpane.h"
#include "ui/reader/readerview.h"

#include <QAccessible>
#include <QTest>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

ReaderAccessible *tableOf(ReaderPane *pane)
{
    auto *table = dynamic_cast<ReaderAccessible *>(QAccessible::queryAccessibleInterface(pane));
    REQUIRE(table);
    return table;
}

QString cellText(QAccessibleInterface *cell)
{
    REQUIRE(cell);
    QAccessibleTextInterface *text = cell->textInterface();
    REQUIRE(text);
    return text->text(0, text->characterCount());
}

} // namespace

TEST_CASE("A reader pane is a table of the document's segments", "[reader][accessibility]")
{
    test::WindowFixture f;
    f.open(QStringLiteral("001"));
    ReaderView *reader = f.window.reader();
    const SegmentModel *model = reader->model();
    REQUIRE(model->rowCount() > 10);
    ReaderAccessible *table = tableOf(reader->pane(0));

    CHECK(table->role() == QAccessible::Table);
    CHECK(table->text(QAccessible::Name) == QStringLiteral("Transcript, Chinese"));
    CHECK(tableOf(reader->pane(1))->text(QAccessible::Name) == QStringLiteral("Transcript, English"));
    REQUIRE(table->tableInterface());
    CHECK(table->tableInterface()->rowCount() == model->rowCount());
    CHECK(table->tableInterface()->columnCount() == 4);
    CHECK(table->tableInterface()->columnDescription(ReaderAccessible::EnglishColumn) == QStringLiteral("English"));
    CHECK(table->childCount() == model->rowCount() * ReaderAccessible::ColumnCount);

    SECTION("Cells carry the model's text, and are made only when asked for")
    {
        CHECK(table->cachedCellCount() == 0);
        const int row = 7;
        const Segment &segment = model->segmentAt(row);
        QAccessibleInterface *zh = table->tableInterface()->cellAt(row, ReaderAccessible::ChineseColumn);
        CHECK(table->cachedCellCount() == 1);
        CHECK(zh->role() == QAccessible::Cell);
        CHECK(cellText(zh) == segment.zh);
        CHECK(zh->text(QAccessible::Name) == segment.zh);
        CHECK(zh->textInterface()->characterCount() == segment.zh.size());
        CHECK(zh->tableCellInterface()->rowIndex() == row);
        const QList<QAccessibleInterface *> headers = zh->tableCellInterface()->columnHeaderCells();
        REQUIRE(headers.size() == 1);
        CHECK(headers.first()->role() == QAccessible::ColumnHeader);
        CHECK(headers.first()->text(QAccessible::Name) == QStringLiteral("Chinese"));
        CHECK(zh->parent() == table);
        CHECK(table->indexOfChild(zh) == ReaderAccessible::childIndex(row, ReaderAccessible::ChineseColumn));
        CHECK(table->child(ReaderAccessible::childIndex(row, ReaderAccessible::ChineseColumn)) == zh);
        CHECK(table->cachedCellCount() == 1);
        CHECK(cellText(table->tableInterface()->cellAt(row, ReaderAccessible::EnglishColumn)) == segment.en);
        CHECK(cellText(table->tableInterface()->cellAt(row, ReaderAccessible::SpeakerColumn)) == segment.speaker);
        CHECK(table->cachedCellCount() == 3);

        // A new document drops the cells of the old one.
        f.open(QStringLiteral("003"));
        CHECK(table->cachedCellCount() == 0);
        CHECK(table->childCount() == f.window.segmentModel()->rowCount() * ReaderAccessible::ColumnCount);
        CHECK(cellText(table->child(0 + ReaderAccessible::EnglishColumn)) == f.window.segmentModel()->segmentAt(0).en);
    }

    SECTION("Rows outside the view are offscreen")
    {
        QAccessibleInterface *first = table->tableInterface()->cellAt(0, ReaderAccessible::ChineseColumn);
        QAccessibleInterface *last
            = table->tableInterface()->cellAt(model->rowCount() - 1, ReaderAccessible::ChineseColumn);
        CHECK_FALSE(first->state().offscreen);
        CHECK(last->state().offscreen);
        CHECK(table->childAt(first->rect().center().x(), first->rect().center().y()) != nullptr);
    }

    SECTION("The text selection is the cell's selection, and can be set through it")
    {
        QAccessibleTextInterface *zh
            = table->tableInterface()->cellAt(2, ReaderAccessible::ChineseColumn)->textInterface();
        CHECK(zh->selectionCount() == 0);
        zh->setSelection(0, 1, 4);
        CHECK(reader->textSelection().text == model->segmentAt(2).zh.mid(1, 3));
        REQUIRE(zh->selectionCount() == 1);
        int start = -1;
        int end = -1;
        zh->selection(0, &start, &end);
        CHECK(start == 1);
        CHECK(end == 4);
        CHECK(zh->cursorPosition() == 4);
        CHECK(zh->characterRect(1).isValid());
        zh->removeSelection(0);
        CHECK(reader->textSelection().isEmpty());
    }
}

TEST_CASE("Moving through the reader with the keyboard moves the focused cell", "[reader][accessibility]")
{
    // The events that announce the move reach only a live accessibility bridge (the
    // offscreen platform has none): test_app_atspi checks them through AT-SPI.
    test::WindowFixture f;
    f.open(QStringLiteral("001"));
    ReaderView *reader = f.window.reader();
    ReaderPane *pane = reader->pane(1); // English: its cells are in the English column
    f.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    pane->setFocus();
    REQUIRE(pane->hasFocus());
    reader->setCurrentRow(3);
    ReaderAccessible *table = tableOf(pane);
    QAccessibleInterface *before = table->tableInterface()->cellAt(3, ReaderAccessible::EnglishColumn);
    CHECK(before->state().focused);
    CHECK(ReaderAccessible::focusColumn(pane) == ReaderAccessible::EnglishColumn);
    CHECK(ReaderAccessible::focusColumn(reader->pane(0)) == ReaderAccessible::ChineseColumn);

    QTest::keyClick(pane, Qt::Key_Down);
    REQUIRE(reader->currentRow() == 4);
    QAccessibleInterface *cell = table->child(ReaderAccessible::childIndex(4, ReaderAccessible::EnglishColumn));
    CHECK(cell->state().focused);
    CHECK(cell->state().selected);
    CHECK_FALSE(before->state().focused);
    CHECK_FALSE(before->state().selected);
    CHECK(table->focusChild() == cell);
    CHECK(table->tableInterface()->selectedRows() == QList<int> {4});
    // The other pane shows the same row selected, but not focused.
    QAccessibleInterface *other
        = tableOf(reader->pane(0))->tableInterface()->cellAt(4, ReaderAccessible::ChineseColumn);
    CHECK(other->state().selected);
    CHECK_FALSE(other->state().focused);
    CHECK(tableOf(reader->pane(0))->focusChild() == nullptr);
}
