// Repairing the pairing in the reader (issue 17): the Edit › Alignment actions and their
// shortcuts, typed while a reader pane has the focus, with undo and redo.
#include "models/domain/parseddocument.h"
#include "models/item/itemroles.h"
#include "models/item/segmentmodel.h"
#include "models/store/documentrepository.h"
#include "tests/ui/reader/windowfixture.h"
#include "ui/library/librarypanel.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/reader/readerview.h"
#include "ui/reader/segmentrepaircontroller.h"

#include <QAction>
#include <QListView>
#include <QMenu>

#include <catch2/catch.hpp>
#include <memory>

using namespace bitext;
using namespace bitext::ui;

namespace {

struct RepairWindow : test::WindowFixture
{
    RepairWindow()
    {
        ParsedDocument p;
        p.document.title = QStringLiteral("修复对齐");
        p.document.format = QStringLiteral("plain");
        p.document.languages = QStringList {QStringLiteral("zh"), QStringLiteral("en")};
        const QStringList zh {
            QStringLiteral("第一句话。第二句话。"), QStringLiteral("第三句话。"), QStringLiteral("只有中文。")};
        const QStringList en {QStringLiteral("The first sentence. The second sentence."),
            QStringLiteral("The third sentence."), QString()};
        for (int i = 0; i < zh.size(); ++i) {
            Segment s;
            s.zh = zh.at(i);
            s.en = en.at(i);
            s.confidence = 0.25;
            p.segments << s;
        }
        document = window.library()->documents().insert(p);
        emit window.library()->documentsChanged();
        window.openDocument(document);
        QCoreApplication::processEvents();
        REQUIRE(model()->rowCount() == 3);
        repair = window.findChild<SegmentRepairController *>(QStringLiteral("segmentRepairController"));
        REQUIRE(repair);
    }

    SegmentModel *model() { return window.segmentModel(); }
    ReaderView *reader() { return window.reader(); }
    QStringList texts(Side side)
    {
        QStringList result;
        for (int row = 0; row < model()->rowCount(); ++row)
            result << model()->segmentAt(row).text(side);
        return result;
    }
    QList<qint64> ids()
    {
        QList<qint64> result;
        for (int row = 0; row < model()->rowCount(); ++row)
            result << model()->segmentAt(row).id;
        return result;
    }

    // Keys typed in the pane of that side, the window active, as a user types them.
    void type(Side side, int key, Qt::KeyboardModifiers modifiers)
    {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        ReaderPane *pane = reader()->paneForSide(side);
        pane->setFocus();
        QCoreApplication::processEvents();
        REQUIRE(pane->hasFocus());
        QTest::keyClick(pane, Qt::Key(key), modifiers);
        QCoreApplication::processEvents();
    }
    void undo() { type(Side::Zh, Qt::Key_Z, Qt::ControlModifier); }
    void redo() { type(Side::Zh, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); }

    qint64 document = 0;
    SegmentRepairController *repair = nullptr;
};

} // namespace

TEST_CASE("Ctrl+Shift+S splits the segment at the text cursor; undo and redo", "[repair]")
{
    RepairWindow f;
    const QList<qint64> before = f.ids();
    f.reader()->setCurrentRow(0);
    ReaderPane *pane = f.reader()->paneForSide(Side::Zh);
    pane->setCaret(Side::Zh, 0, 0);
    CHECK_FALSE(f.repair->split->isEnabled()); // not at the very start
    pane->setCaret(Side::Zh, 0, 5);
    CHECK(f.repair->split->isEnabled());

    f.type(Side::Zh, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(f.model()->rowCount() == 4);
    CHECK(f.texts(Side::Zh).mid(0, 2) == QStringList {QStringLiteral("第一句话。"), QStringLiteral("第二句话。")});
    CHECK(f.texts(Side::En).mid(0, 2)
        == QStringList {QStringLiteral("The first sentence."), QStringLiteral("The second sentence.")});
    CHECK(f.reader()->currentRow() == 1); // the reader goes to the second part
    const QList<qint64> after = f.ids();
    CHECK(f.window.actions()->undo->text().contains(QStringLiteral("Split")));

    f.undo();
    CHECK(f.ids() == before);
    CHECK(f.texts(Side::Zh).first() == QStringLiteral("第一句话。第二句话。"));
    f.redo();
    CHECK(f.ids() == after);
}

TEST_CASE("Ctrl+Shift+M merges with the next segment, not on the last row", "[repair]")
{
    RepairWindow f;
    const QList<qint64> before = f.ids();
    f.reader()->setCurrentRow(2);
    CHECK_FALSE(f.repair->merge->isEnabled());
    f.reader()->setCurrentRow(0);
    REQUIRE(f.repair->merge->isEnabled());
    f.type(Side::En, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(f.model()->rowCount() == 2);
    CHECK(f.texts(Side::En).first() == QStringLiteral("The first sentence. The second sentence. The third sentence."));
    f.undo();
    CHECK(f.ids() == before);
    CHECK(f.texts(Side::En).at(1) == QStringLiteral("The third sentence."));
}

TEST_CASE("Alt+Down and Alt+Up move a sentence of the focused side", "[repair]")
{
    RepairWindow f;
    f.reader()->setCurrentRow(0);
    f.type(Side::En, Qt::Key_Down, Qt::AltModifier);
    CHECK(f.texts(Side::En).mid(0, 2)
        == QStringList {
            QStringLiteral("The first sentence."), QStringLiteral("The second sentence. The third sentence.")});
    CHECK(f.texts(Side::Zh).first() == QStringLiteral("第一句话。第二句话。")); // the other side stays
    f.reader()->setCurrentRow(1);
    f.type(Side::En, Qt::Key_Up, Qt::AltModifier);
    CHECK(f.texts(Side::En).mid(0, 2)
        == QStringList {
            QStringLiteral("The first sentence. The second sentence."), QStringLiteral("The third sentence.")});
    f.undo();
    f.undo();
    CHECK(f.texts(Side::En).first() == QStringLiteral("The first sentence. The second sentence."));
    f.reader()->setCurrentRow(0);
    CHECK_FALSE(f.repair->moveToPrevious->isEnabled()); // the first row has no previous
}

TEST_CASE("Ctrl+Shift+U marks a one-sided segment untranslated; Accept clears the confidence", "[repair]")
{
    RepairWindow f;
    f.reader()->setCurrentRow(0);
    CHECK_FALSE(f.repair->untranslated->isEnabled()); // both sides have text
    CHECK(f.repair->accept->isEnabled());
    f.reader()->setCurrentRow(2);
    REQUIRE(f.repair->untranslated->isEnabled());
    f.type(Side::Zh, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.model()->index(2).data(ItemRole::UntranslatedRole).toBool());
    CHECK(f.repair->untranslated->isChecked());
    f.undo();
    CHECK_FALSE(f.model()->index(2).data(ItemRole::UntranslatedRole).toBool());

    f.reader()->setCurrentRow(1);
    f.type(Side::Zh, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(f.model()->index(1).data(ItemRole::ConfidenceRole).isValid());
    CHECK_FALSE(f.repair->accept->isEnabled());
    f.undo();
    CHECK(f.model()->index(1).data(ItemRole::ConfidenceRole).toDouble() == Approx(0.25));
}

TEST_CASE("The reader's context menu and Edit › Alignment offer the repairs", "[repair]")
{
    RepairWindow f;
    const std::unique_ptr<QMenu> menu(f.reader()->createContextMenu(f.reader()->pane(0)));
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : {f.repair->split, f.repair->merge, f.repair->moveToPrevious, f.repair->moveToNext,
             f.repair->untranslated, f.repair->accept})
        CHECK(actions.contains(action));
    QMenu *alignment = f.window.findChild<QMenu *>(QStringLiteral("alignmentMenu"));
    REQUIRE(alignment);
    CHECK(f.window.actions()->editMenu->actions().contains(alignment->menuAction()));
    CHECK(alignment->actions().contains(f.repair->split));
}

TEST_CASE("A click puts the text cursor that Split cuts at", "[repair]")
{
    RepairWindow f;
    ReaderPane *pane = f.reader()->paneForSide(Side::Zh);
    f.reader()->setCurrentRow(0);
    for (int i = 0; i < f.reader()->paneCount(); ++i)
        f.reader()->pane(i)->viewport()->repaint();
    QCoreApplication::processEvents();
    // A point over the boundary after 第一句话。 (offset 5).
    QPoint point(-1, -1);
    const QRect rect = pane->rowRect(0);
    for (int y = qMax(0, rect.top()); y < rect.bottom() && point.x() < 0; y += 2) {
        for (int x = 0; x < pane->viewport()->width(); ++x) {
            const ReaderHit hit = pane->hitTest(QPoint(x, y));
            if (hit.row == 0 && hit.side == Side::Zh && hit.offset == 5) {
                point = QPoint(x, y);
                break;
            }
        }
    }
    REQUIRE(point.x() >= 0);
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, point);
    QCoreApplication::processEvents();
    CHECK(f.reader()->caret().startOffset == 5);
    REQUIRE(f.repair->split->isEnabled());
    f.repair->split->trigger();
    CHECK(f.texts(Side::Zh).mid(0, 2) == QStringList {QStringLiteral("第一句话。"), QStringLiteral("第二句话。")});
}

TEST_CASE("The repair shortcuts act only while the reader has the focus", "[repair]")
{
    RepairWindow f;
    f.reader()->setCurrentRow(0);
    REQUIRE(f.repair->merge->isEnabled());
    auto *library = f.window.findChild<LibraryPanel *>();
    REQUIRE(library);
    f.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    library->view()->setFocus();
    QCoreApplication::processEvents();
    REQUIRE(library->view()->hasFocus());
    QTest::keyClick(library->view(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(library->view(), Qt::Key_Down, Qt::AltModifier);
    QCoreApplication::processEvents();
    CHECK(f.model()->rowCount() == 3);
    CHECK(f.texts(Side::En).first() == QStringLiteral("The first sentence. The second sentence."));
    // The menu still does it from anywhere.
    f.repair->merge->trigger();
    CHECK(f.model()->rowCount() == 2);
}
