// The reader marks the pairs an aligner was unsure of, and the Alignment Review panel
// lists them and moves the reader from one to the next.
#include "models/item/segmentmodel.h"
#include "tests/ui/align/alignfixture.h"
#include "ui/align/aligncontroller.h"
#include "ui/align/alignmentmark.h"
#include "ui/align/alignmentreviewdock.h"
#include "ui/align/reviewfiltermodel.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/reader/readeraccessible.h"
#include "ui/reader/readerview.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QToolTip>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

struct ReviewFixture : test::WindowFixture
{
    ReviewFixture()
    {
        documentId = test::insertReviewDocument(*window.library());
        window.openDocument(documentId);
        QCoreApplication::processEvents();
        dock = window.findChild<AlignmentReviewDock *>(QStringLiteral("alignmentReviewDock"));
        REQUIRE(dock);
        dock->show();
        REQUIRE(window.segmentModel()->rowCount() == 5);
    }

    // What the reader's tooltip says where the pointer rests on a row's mark.
    QString markTip(int row)
    {
        ReaderPane *pane = window.reader()->pane(0);
        window.reader()->scrollToRow(row);
        QCoreApplication::processEvents();
        return pane->markToolTip(pane->markRect(row).center());
    }

    qint64 documentId = 0;
    AlignmentReviewDock *dock = nullptr;
};

} // namespace

TEST_CASE("The reader marks low-confidence and untranslated rows, the tooltip gives the confidence", "[align][mark]")
{
    ReviewFixture f;
    const SegmentModel &model = *f.window.segmentModel();
    CHECK(AlignmentMark::of(model, 0) == AlignmentMark::Kind::None);
    CHECK(AlignmentMark::of(model, 1) == AlignmentMark::Kind::Review);
    CHECK(AlignmentMark::of(model, 2) == AlignmentMark::Kind::Untranslated);
    CHECK(AlignmentMark::of(model, 3) == AlignmentMark::Kind::Review);
    CHECK(AlignmentMark::of(model, 4) == AlignmentMark::Kind::None);

    CHECK(f.markTip(1).contains(QStringLiteral("31%")));
    CHECK(f.markTip(3).contains(QStringLiteral("12%")));
    CHECK(f.markTip(2).contains(QStringLiteral("untranslated")));
    CHECK(f.markTip(0).isEmpty());

    // A screen reader hears it as the cell's description.
    auto *table = dynamic_cast<ReaderAccessible *>(QAccessible::queryAccessibleInterface(f.window.reader()->pane(0)));
    REQUIRE(table);
    const auto description = [&](int row) {
        return table->tableInterface()->cellAt(row, ReaderAccessible::ChineseColumn)->text(QAccessible::Description);
    };
    CHECK(description(1).contains(QStringLiteral("31%")));
    CHECK(description(0).isEmpty());

    // The mark is painted in the gutter: pixels there differ from the page, on a marked
    // row only.
    ReaderPane *pane = f.window.reader()->pane(0);
    f.window.reader()->scrollToRow(0);
    f.window.reader()->setCurrentRow(4); // the current row's accent is elsewhere
    QCoreApplication::processEvents();
    const QImage image = pane->viewport()->grab().toImage();
    const QColor base = pane->palette().color(QPalette::Base);
    const auto marked = [&](int row) {
        const QRect rect = pane->markRect(row).intersected(image.rect());
        for (int y = rect.top(); y <= rect.bottom(); ++y)
            for (int x = rect.left(); x <= rect.right(); ++x)
                if (image.pixelColor(x, y) != base)
                    return true;
        return false;
    };
    CHECK(marked(1));
    CHECK(marked(2));
    CHECK_FALSE(marked(0));
}

TEST_CASE(
    "The Alignment Review panel lists the low-confidence pairs and moves the reader through them", "[align][review]")
{
    ReviewFixture f;
    ReviewFilterModel *model = f.dock->model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->sourceRow(0) == 1);
    CHECK(model->sourceRow(1) == 3);
    const QString first = model->index(0, 0).data().toString();
    CHECK(first.contains(QStringLiteral("31%")));
    CHECK(first.contains(QStringLiteral("第2句")));
    CHECK(first.contains(QStringLiteral("Sentence 2")));
    CHECK(f.dock->findChild<QLabel *>(QStringLiteral("reviewSummary"))->text().contains(QStringLiteral("2 pair")));

    // F8 / Shift+F8 (the Go menu's actions) from the top: the next pair, the next, around.
    ReaderView *reader = f.window.reader();
    reader->setCurrentRow(0);
    CHECK(f.dock->nextAction()->shortcut() == QKeySequence(Qt::Key_F8));
    CHECK(f.dock->previousAction()->shortcut() == QKeySequence(Qt::SHIFT | Qt::Key_F8));
    f.dock->nextAction()->trigger();
    CHECK(reader->currentRow() == 1);
    CHECK(f.dock->view()->currentIndex().row() == 0);
    f.dock->findChild<QPushButton *>(QStringLiteral("reviewNext"))->click();
    CHECK(reader->currentRow() == 3);
    CHECK(f.dock->view()->currentIndex().row() == 1);
    f.dock->nextAction()->trigger();
    CHECK(reader->currentRow() == 1); // wrapped around
    f.dock->previousAction()->trigger();
    CHECK(reader->currentRow() == 3);
    f.dock->findChild<QPushButton *>(QStringLiteral("reviewPrevious"))->click();
    CHECK(reader->currentRow() == 1);

    // A click on a listed pair shows it.
    QListView *view = f.dock->view();
    const QRect second = view->visualRect(model->index(1, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, second.center());
    CHECK(reader->currentRow() == 3);
    // Moving in the reader follows in the list.
    reader->setCurrentRow(1);
    CHECK(view->currentIndex().row() == 0);
    // The pair Accept would confirm is the current one.
    CHECK(f.dock->pairToAccept() == f.window.segmentModel()->segmentAt(1).id);
}

TEST_CASE("The review panel's controls have accessible names", "[align][accessible]")
{
    ReviewFixture f;
    for (QWidget *widget : f.dock->findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus || widget->parentWidget() == f.dock->view()
            || qobject_cast<QScrollBar *>(widget) || !widget->isVisibleTo(f.dock))
            continue;
        INFO(widget->objectName().toStdString());
        CHECK_FALSE(widget->accessibleName().isEmpty());
    }
    CHECK(f.dock->windowTitle() == QStringLiteral("Alignment Review"));
}

TEST_CASE("Attach Translation is offered for a one-language document only", "[align][attach]")
{
    test::WindowFixture f;
    auto *controller = f.window.findChild<AlignController *>();
    REQUIRE(controller);
    CHECK_FALSE(controller->attachAction()->isEnabled()); // nothing open
    f.open(QStringLiteral("002"));
    CHECK(controller->attachAction()->isEnabled());
    f.open(QStringLiteral("001"));
    CHECK_FALSE(controller->attachAction()->isEnabled());
    // In the File menu, after Import and Export.
    const QList<QAction *> file = f.window.menu(MainWindow::Menu::File)->actions();
    CHECK(file.indexOf(controller->attachAction()) == file.indexOf(f.window.actions()->import) + 2);
}

TEST_CASE("Accept in the review panel confirms the pair, moves on, and undo brings it back", "[align][review][accept]")
{
    ReviewFixture f;
    ReviewFilterModel *model = f.dock->model();
    ReaderView *reader = f.window.reader();
    reader->setCurrentRow(1);
    const qint64 id = f.window.segmentModel()->segmentAt(1).id;
    auto *accept = f.dock->findChild<QPushButton *>(QStringLiteral("reviewAccept"));
    REQUIRE(accept->isEnabled());
    accept->click();
    REQUIRE(test::waitFor([&] { return model->rowCount() == 1; }));
    CHECK_FALSE(f.window.library()->documents().segment(id)->confidence.has_value());
    CHECK(AlignmentMark::of(*f.window.segmentModel(), 1) == AlignmentMark::Kind::None);
    CHECK(reader->currentRow() == 3); // the next pair to review

    f.window.undoController()->documentStack(f.documentId)->undo();
    REQUIRE(test::waitFor([&] { return model->rowCount() == 2; }));
    CHECK(f.window.library()->documents().segment(id)->confidence == 0.31);
}
