// Opening a document again shows where the user was reading, also after a restart.
#include "tests/ui/mainwindow/windowfixture.h"
#include "ui/reader/readerview.h"

#include <QScrollBar>

using namespace bitext;
using namespace bitext::ui;

namespace {

struct Place
{
    int top = -1;
    int offset = -1; // pixels of the top row scrolled past
    int current = -1;
};

Place placeOf(ReaderView *reader)
{
    const ReaderGeometry *geometry = reader->geometry();
    const int top = geometry->firstVisibleRow();
    return {top, geometry->scrollY() - geometry->rowTop(top), reader->currentRow()};
}

// Scrolls like the user would (the scroll bar), then clicks a segment in view.
Place readAt(ReaderView *reader, int row)
{
    QCoreApplication::processEvents();
    reader->scrollToRow(row);
    ReaderPane *pane = reader->pane(reader->paneCount() - 1);
    pane->verticalScrollBar()->setValue(pane->verticalScrollBar()->value() + 7);
    QCoreApplication::processEvents();
    reader->setCurrentRow(reader->geometry()->firstVisibleRow() + 2);
    QCoreApplication::processEvents();
    return placeOf(reader);
}

} // namespace

TEST_CASE("A document opened again shows where the user was reading, also after a restart")
{
    test::WindowFixture f;
    const qint64 interview = f.open(QStringLiteral("001"));
    const qint64 article = f.import(QStringLiteral("000"));
    const Place inInterview = readAt(f.window->reader(), 60);
    REQUIRE(inInterview.top >= 55);

    f.window->openDocument(article);
    QCoreApplication::processEvents();
    // A document never read before opens at its start.
    CHECK(placeOf(f.window->reader()).top == 0);
    const Place inArticle = readAt(f.window->reader(), 20);
    REQUIRE(inArticle.top >= 15);

    const auto checkOpensAt = [&](qint64 documentId, const Place &expected) {
        f.window->openDocument(documentId);
        QCoreApplication::processEvents();
        REQUIRE(f.window->currentDocumentId() == documentId);
        const Place place = placeOf(f.window->reader());
        CHECK(place.top == expected.top);
        CHECK(place.offset == expected.offset);
        CHECK(place.current == expected.current);
    };
    checkOpensAt(interview, inInterview);
    checkOpensAt(article, inArticle);

    // A restart opens the last document at its place, and the others keep theirs.
    f.reopenWindow();
    QCoreApplication::processEvents();
    checkOpensAt(article, inArticle); // already open: stays as restored
    checkOpensAt(interview, inInterview);
}
