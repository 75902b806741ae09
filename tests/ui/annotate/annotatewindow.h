#pragma once

// The main window on a real library with two seed documents (001 and 003), driven like a
// user: text selections in the reader panes, clicks, the Annotate actions, the tag picker.
#include "models/item/segmentmodel.h"
#include "tests/ui/reader/readertestsupport.h"
#include "ui/annotate/annotationactions.h"
#include "ui/annotate/annotationcontroller.h"
#include "ui/annotate/annotationsdock.h"
#include "ui/annotate/notedialog.h"
#include "ui/annotate/noteeditor.h"
#include "ui/annotate/tagpicker.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextLayout>

#include <catch2/catch.hpp>
#include <memory>

namespace bitext::test {

using namespace bitext::ui;

struct AnnotateWindow
{
    AnnotateWindow()
    {
        clearSettings();
        first = importSeed(library.library(), QStringLiteral("001"));
        third = importSeed(library.library(), QStringLiteral("003"));
        REQUIRE(first > 0);
        REQUIRE(third > 0);
        library.close(); // the window is the only one writing from now on
        makeWindow();
    }

    void makeWindow()
    {
        window = std::make_unique<MainWindow>();
        REQUIRE(window->openLibrary(library.path()));
        // A server library connects in a worker first and opens a moment later.
        REQUIRE(test::waitFor([this] { return window->library() != nullptr; }, 15000));
        window->resize(1400, 900);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    void open(qint64 documentId)
    {
        window->openDocument(documentId);
        QCoreApplication::processEvents();
        REQUIRE(window->currentDocumentId() == documentId);
    }

    AnnotationController *annotations() { return window->annotations(); }
    AnnotationActions *actions() { return window->annotations()->actions(); }
    Library &lib() { return *window->library(); }
    ReaderView *reader() { return window->reader(); }
    const Segment &segment(int row) { return window->segmentModel()->segmentAt(row); }

    // A selection as the mouse makes it, in the pane showing that side.
    void select(Side side, int startRow, int from, int endRow, int to)
    {
        ReaderPane *pane = reader()->paneForSide(side);
        REQUIRE(pane);
        pane->setTextSelection(TextRange {side, startRow, from, endRow, to});
        QCoreApplication::processEvents();
    }

    // A point of a pane over a character strictly inside [from, to) of a row's side.
    QPoint pointInside(Side side, int row, int from, int to)
    {
        // Made current first: a press on a row taller than the view would scroll it to its top.
        reader()->setCurrentRow(row);
        reader()->scrollToRow(row);
        ReaderPane *pane = reader()->paneForSide(side);
        // Painting measures the rows on screen exactly: hit where the text really is.
        for (int i = 0; i < reader()->paneCount(); ++i)
            reader()->pane(i)->viewport()->repaint();
        QCoreApplication::processEvents();
        const QRect rect = pane->rowRect(row);
        for (int y = qMax(0, rect.top()); y < rect.bottom(); y += 3) {
            for (int x = 0; x < pane->viewport()->width(); x += 4) {
                const ReaderHit hit = pane->hitTest(QPoint(x, y));
                if (hit.row == row && hit.side == side && hit.offset > from && hit.offset < to)
                    return QPoint(x, y);
            }
        }
        FAIL("no point of the row shows that text");
        return {};
    }

    void clickInside(Side side, int row, int from, int to)
    {
        const QPoint point = pointInside(side, row, from, to);
        // Only the click may choose the highlight (making the row current picked its first).
        annotations()->setCurrentAnnotation(0);
        annotations()->dock()->listView()->setCurrentIndex(QModelIndex());
        REQUIRE(annotations()->dock()->currentAnnotationId() == 0);
        QTest::mouseClick(reader()->paneForSide(side)->viewport(), Qt::LeftButton, {}, point);
    }

    // Tags the current selection or highlight through the picker, typing like a user.
    void tagWith(const QString &typed)
    {
        REQUIRE(actions()->tag->isEnabled());
        actions()->tag->trigger();
        TagPicker *picker = annotations()->tagPicker();
        REQUIRE(picker);
        REQUIRE(picker->isVisible());
        QTest::keyClicks(picker->lineEdit(), typed);
        QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
        CHECK_FALSE(picker->isVisible());
    }

    void writeNote(const QString &text)
    {
        REQUIRE(actions()->note->isEnabled());
        actions()->note->trigger();
        QDialog *dialog = annotations()->noteDialog();
        REQUIRE(dialog);
        auto *editor = dialog->findChild<NoteEditor *>();
        REQUIRE(editor);
        // Typed where the keyboard focus is, as a user types: in the note.
        // (Offscreen, a popup closed just before may hand activation back late.)
        REQUIRE(waitFor(
            [&] {
                dialog->activateWindow();
                return QApplication::activeWindow() == dialog;
            },
            5000));
        REQUIRE(QApplication::focusWidget() == editor->editor());
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QTest::keyClicks(QApplication::focusWidget(), lines.at(i));
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier); // Save
        CHECK_FALSE(dialog->isVisible());
        QCoreApplication::processEvents();
    }

    // The format with a background (a highlight) starting at `start` in a row's side.
    static const QTextLayout::FormatRange *highlightAt(const QVector<QTextLayout::FormatRange> &formats, int start)
    {
        for (const QTextLayout::FormatRange &f : formats) {
            if (f.start == start && f.format.hasProperty(QTextFormat::BackgroundBrush))
                return &f;
        }
        return nullptr;
    }

    TemporaryLibrary library;
    qint64 first = 0;
    qint64 third = 0;
    std::unique_ptr<MainWindow> window;
};

} // namespace bitext::test
