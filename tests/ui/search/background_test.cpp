// Library search runs on a worker thread with its own database connection: typing
// never waits for the index, an answer to an older query is dropped, and the results
// equal the synchronous search.
#include "models/search/librarysearch.h"
#include "models/store/documentrepository.h"
#include "tests/support/testsupport.h"
#include "tests/ui/search/searchwait.h"
#include "ui/search/librarysearchpanel.h"
#include "ui/search/searchresultmodel.h"

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

QList<qint64> segmentIds(const QList<SearchResult> &results)
{
    QList<qint64> ids;
    for (const SearchResult &r : results)
        ids << r.segmentId * 10 + int(r.source);
    return ids;
}

QList<qint64> shownIds(ui::LibrarySearchPanel &panel)
{
    QList<SearchResult> results;
    for (int row = 0; row < panel.model()->rowCount(); ++row)
        results << panel.model()->result(panel.model()->index(row, 0));
    return segmentIds(results);
}

} // namespace

TEST_CASE("Library search answers from a worker, as the synchronous search does", "[ui][search][background]")
{
    test::TemporaryLibrary lib;
    ParsedDocument p;
    p.document.title = QStringLiteral("Panel");
    p.document.format = QStringLiteral("speaker-turns");
    for (int i = 0; i < 600; ++i) {
        Segment s;
        s.speaker = i % 2 ? QStringLiteral("Yan") : QStringLiteral("Host");
        s.zh = i % 3 ? QStringLiteral("我们谈谈對齊，第%1句。").arg(i) : QStringLiteral("今天天气很好。");
        s.en = QStringLiteral("Sentence %1 about alignment and safety.").arg(i);
        p.segments << s;
    }
    lib->documents().insert(p);
    ui::LibrarySearchPanel panel(*lib);
    panel.show();
    QSignalSpy finished(&panel, &ui::LibrarySearchPanel::searchFinished);

    for (const QString &query : {QStringLiteral("对齐"), QStringLiteral("alignment NOT safety"),
             QStringLiteral("\"about alignment\""), QStringLiteral("sent*")}) {
        INFO(query.toStdString());
        finished.clear();
        panel.setQuery(query);
        // The GUI thread only started it: the results come later, through the event loop.
        CHECK(panel.isSearching());
        CHECK(finished.isEmpty());
        test::waitForResults(panel);
        CHECK(finished.size() == 1);
        CHECK(shownIds(panel) == segmentIds(LibrarySearch(lib->database()).search(query)));
    }

    // Typing on: the answer to the earlier query never shows.
    finished.clear();
    panel.setQuery(QStringLiteral("天气"));
    panel.setQuery(QStringLiteral("对齐"));
    test::waitForResults(panel);
    QCoreApplication::processEvents();
    CHECK(finished.size() == 1);
    CHECK(shownIds(panel) == segmentIds(LibrarySearch(lib->database()).search(QStringLiteral("对齐"))));
    // Clearing the query drops a search still running.
    panel.setQuery(QStringLiteral("天气"));
    panel.setQuery(QString());
    CHECK_FALSE(panel.isSearching());
    QCoreApplication::processEvents();
    QTest::qWait(50);
    CHECK(panel.model()->rowCount() == 0);
}
