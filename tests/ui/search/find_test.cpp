// Find in document (Ctrl+F) as a user types: prefixes and substrings in both scripts,
// starting from where the user reads, and every current hit scrolled whole into view.
#include "models/item/segmentmodel.h"
#include "tests/ui/search/searchfixture.h"
#include "ui/reader/readergeometry.h"
#include "ui/reader/readerview.h"
#include "ui/search/findbar.h"
#include "ui/search/searchcontroller.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTest>
#include <QTextLayout>
#include <QtMath>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

// Where the reader paints a hit: [top, bottom) in document coordinates.
QPair<int, int> hitBand(ReaderView *reader, const DocumentHit &hit)
{
    ReaderGeometry *g = reader->geometry();
    const int row = reader->model()->rowOfSegment(hit.segmentId);
    QTextLayout *layout = g->textLayout(row, hit.side);
    const int sideTop = g->rowTop(row) + g->bodyTop(row) + g->sideTop(row, hit.side);
    const QTextLine first = layout->lineForTextPosition(hit.range.start);
    const QTextLine last = layout->lineForTextPosition(hit.range.start + hit.range.length - 1);
    return {sideTop + qFloor(first.y()), sideTop + qCeil(last.y() + last.height())};
}

// Empty when the hit is shown whole, else where it is and where the view is.
std::string offScreen(ReaderView *reader, const DocumentHit &hit)
{
    QCoreApplication::processEvents(); // idle row measuring must not move it away either
    const QPair<int, int> band = hitBand(reader, hit);
    const int y = reader->geometry()->scrollY();
    const int bottom = y + reader->geometry()->viewportHeight();
    if (band.first >= y && band.second <= bottom)
        return {};
    return QStringLiteral("hit at %1–%2, view %3–%4").arg(band.first).arg(band.second).arg(y).arg(bottom).toStdString();
}

// The index of the first hit at or after a row.
int firstFrom(const QList<DocumentHit> &hits, int row)
{
    for (int i = 0; i < hits.size(); ++i) {
        if (hits.at(i).segmentOrdinal >= row)
            return i;
    }
    return 0;
}

// Chinese comes from an input method: one committed character at a time.
void typeChinese(QLineEdit *edit, const QString &text)
{
    for (const QChar c : text) {
        QInputMethodEvent event;
        event.setCommitString(QString(c));
        QApplication::sendEvent(edit, &event);
    }
}

QLineEdit *openFind(test::SearchFixture &f)
{
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
    auto *edit = f.controller->findBar()->findChild<QLineEdit *>(QStringLiteral("findQuery"));
    REQUIRE(edit);
    REQUIRE(test::waitFor([&] { return QApplication::focusWidget() == edit; }));
    // The document is folded for finding on a worker.
    REQUIRE(test::waitFor([&] { return !f.controller->findBar()->isPreparing(); }));
    return edit;
}

} // namespace

TEST_CASE(
    "Find while typing: every prefix finds, from where the user reads, without jumping away", "[ui][search][find]")
{
    test::SearchFixture f;
    f.open(QStringLiteral("001"));
    ReaderView *reader = f.window.reader();
    ReaderGeometry *geometry = reader->geometry();
    FindBar *bar = f.controller->findBar();

    // The user scrolled to the middle without clicking: the current row stays off screen.
    const int middle = f.window.segmentModel()->rowCount() / 2;
    geometry->scrollToRow(middle);
    QCoreApplication::processEvents();
    const int reading = geometry->firstVisibleRow();
    REQUIRE(reading >= middle - 1);
    REQUIRE((reader->currentRow() < reading || reader->currentRow() > geometry->lastVisibleRow()));

    QLineEdit *edit = openFind(f);
    const QString word = QStringLiteral("Claude");
    int shownHitRow = -1;
    int shownScroll = -1;
    for (int n = 1; n <= word.size(); ++n) {
        const QString typed = word.left(n);
        INFO("typed " << typed.toStdString());
        QTest::keyClick(edit, word.at(n - 1).toLatin1());
        REQUIRE(bar->query() == typed);
        const QList<DocumentHit> hits = bar->hits();
        REQUIRE_FALSE(hits.isEmpty()); // Cl, Cla, … are found, not only the whole word
        // The current hit is the first from where the user was reading before typing,
        // not from where the previous letter's hit took the reader.
        REQUIRE(bar->currentIndex() == firstFrom(hits, reading));
        const DocumentHit &current = hits.at(bar->currentIndex());
        CHECK(current.segmentOrdinal >= reading);
        const QString text = f.window.segmentModel()->segmentAt(current.segmentOrdinal).text(current.side);
        CHECK(text.mid(current.range.start, current.range.length).compare(typed, Qt::CaseInsensitive) == 0);
        CHECK(offScreen(reader, current).empty());
        // A longer prefix that still matches the same place does not move the text.
        if (current.segmentOrdinal == shownHitRow)
            CHECK(geometry->scrollY() == shownScroll);
        shownHitRow = current.segmentOrdinal;
        shownScroll = geometry->scrollY();
    }
    // Erasing letters goes back to the first hit from the reading place, not past it.
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClick(edit, Qt::Key_Backspace);
    REQUIRE(bar->query() == QStringLiteral("Cla"));
    CHECK(bar->currentIndex() == firstFrom(bar->hits(), reading));

    // Once the user moves, the next letters search from the new place.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    reader->setCurrentRow(3);
    geometry->scrollToRow(3);
    edit = openFind(f);
    QTest::keyClick(edit, Qt::Key_End);
    QTest::keyClick(edit, 'u');
    CHECK(bar->currentIndex() == firstFrom(bar->hits(), 3));
}

TEST_CASE("Find matches substrings in Chinese, Traditional and Simplified alike", "[ui][search][find]")
{
    test::SearchFixture f;
    f.open(QStringLiteral("004")); // Traditional
    FindBar *bar = f.controller->findBar();
    QLineEdit *edit = openFind(f);
    const SegmentModel *model = f.window.segmentModel();
    const auto found = [&] {
        QStringList texts;
        for (const DocumentHit &hit : bar->hits())
            texts << model->segmentAt(hit.segmentOrdinal).text(hit.side).mid(hit.range.start, hit.range.length);
        return texts;
    };

    // Simplified typed, Traditional found; one character finds it inside 對齊.
    typeChinese(edit, QStringLiteral("对"));
    const int one = int(bar->hits().size());
    CHECK(found().contains(QStringLiteral("對")));
    typeChinese(edit, QStringLiteral("齐"));
    CHECK(found().contains(QStringLiteral("對齊")));
    CHECK(bar->hits().size() <= one);
    CHECK(bar->hits().size() > 0);
    // The second character alone, in the middle of a word.
    bar->setQuery(QStringLiteral("齊"));
    CHECK(found().contains(QStringLiteral("齊")));
    bar->setQuery(QStringLiteral("齐"));
    CHECK(found().contains(QStringLiteral("齊")));
}

TEST_CASE("F3 scrolls every hit whole into view, also deep inside a tall paragraph", "[ui][search][find]")
{
    test::SearchFixture f;
    f.window.resize(900, 460); // long paragraphs are taller than the reader then
    f.open(QStringLiteral("000"));
    QCoreApplication::processEvents();
    ReaderView *reader = f.window.reader();
    FindBar *bar = f.controller->findBar();
    QLineEdit *edit = openFind(f);
    QTest::keyClicks(edit, QStringLiteral("AI"));
    const QList<DocumentHit> hits = bar->hits();
    REQUIRE(hits.size() > 20);
    bool tallRow = false;
    for (int step = 0; step < hits.size(); ++step) {
        const int i = bar->currentIndex();
        REQUIRE(i >= 0);
        INFO("hit " << i << " in row " << hits.at(i).segmentOrdinal);
        CHECK(offScreen(reader, hits.at(i)) == std::string());
        const int row = hits.at(i).segmentOrdinal;
        tallRow = tallRow || reader->geometry()->rowHeight(row) > reader->geometry()->viewportHeight();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3);
        REQUIRE(bar->currentIndex() == (i + 1) % hits.size());
    }
    CHECK(tallRow); // the case that needs more than showing the row's top
    // Backwards as well.
    for (int i = 0; i < 10; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3, Qt::ShiftModifier);
        CHECK(offScreen(reader, hits.at(bar->currentIndex())) == std::string());
    }
}
