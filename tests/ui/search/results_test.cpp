// Library search results as a user scans them: many compact rows in the dock, where
// the hit, its segment and speaker are always seen.
#include "tests/ui/search/searchfixture.h"
#include "tests/ui/search/searchwait.h"
#include "ui/search/librarysearchpanel.h"
#include "ui/search/searchcontroller.h"
#include "ui/search/searchresultdelegate.h"
#include "ui/search/searchresultmodel.h"

#include <QFontMetricsF>
#include <QListView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

QList<TextRange> hitsOf(const QModelIndex &index)
{
    QList<TextRange> hits;
    for (const QVariant &point : index.data(SearchResultModel::SnippetHitsRole).toList())
        hits << TextRange {point.toPoint().x(), point.toPoint().y()};
    return hits;
}

} // namespace

TEST_CASE(
    "The search dock shows a screenful of results, each with its hit, segment and speaker", "[ui][search][results]")
{
    test::SearchFixture f;
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    LibrarySearchPanel *panel = f.controller->panel();
    REQUIRE(panel);
    test::searchAndWait(*panel, QStringLiteral("對齊"));
    REQUIRE(panel->model()->rowCount() > 20);
    auto *view = panel->findChild<QListView *>(QStringLiteral("searchResults"));
    QCoreApplication::processEvents();

    // Rows wholly in view.
    int whole = 0;
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        if (view->viewport()->rect().contains(view->visualRect(panel->model()->index(row, 0))))
            ++whole;
    }
    INFO("view " << view->viewport()->height() << " px, row " << view->sizeHintForRow(0) << " px");
    // At least the panel's minimum of five; the Annotations panel below keeps its own height.
    CHECK(whole >= 5);
    // Compact: a header line and one snippet line.
    CHECK(view->sizeHintForRow(0) <= 3 * QFontMetrics(view->font()).height());

    // Every row shows its first hit whole, and its segment number and speaker.
    const QFontMetricsF metrics(view->font());
    const qreal width = view->viewport()->width() - 12;
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        const QModelIndex index = panel->model()->index(row, 0);
        const QString snippet = index.data(SearchResultModel::SnippetRole).toString();
        const QList<TextRange> hits = hitsOf(index);
        REQUIRE_FALSE(hits.isEmpty());
        const SearchResultDelegate::SnippetLine line = SearchResultDelegate::fitSnippet(snippet, hits, metrics, width);
        CHECK(metrics.horizontalAdvance(line.text) <= width);
        REQUIRE_FALSE(line.hits.isEmpty());
        CHECK(line.text.mid(line.hits.first().start, line.hits.first().length)
            == snippet.mid(hits.first().start, hits.first().length));

        const QString header = SearchResultDelegate::fittedHeader(index, metrics, width);
        CHECK(metrics.horizontalAdvance(header) <= width);
        const int ordinal = index.data(SearchResultModel::SegmentOrdinalRole).toInt();
        if (ordinal >= 0)
            CHECK(header.contains(QStringLiteral("#%1").arg(ordinal + 1)));
        const QString speaker = index.data(SearchResultModel::SpeakerRole).toString();
        if (!speaker.isEmpty())
            CHECK(header.contains(speaker));
    }
}

TEST_CASE("A snippet line is centred on its hit and a long title gives way", "[ui][search][results]")
{
    const QFont font;
    const QFontMetricsF metrics(font);
    const QString before = QStringLiteral("It was a long talk about many things, ").repeated(4);
    const QString snippet = before + QStringLiteral("alignment") + QStringLiteral(" and what follows it. ").repeated(4);
    const TextRange hit {int(before.size()), 9};
    const qreal width = metrics.horizontalAdvance(QStringLiteral("x").repeated(40));
    const SearchResultDelegate::SnippetLine line = SearchResultDelegate::fitSnippet(snippet, {hit}, metrics, width);
    CHECK(metrics.horizontalAdvance(line.text) <= width);
    REQUIRE(line.hits.size() == 1);
    CHECK(line.text.mid(line.hits.first().start, line.hits.first().length) == QStringLiteral("alignment"));
    CHECK(line.text.startsWith(QChar(0x2026)));
    CHECK(line.text.endsWith(QChar(0x2026)));
    // Context on both sides, about as much before as after.
    const int left = line.hits.first().start;
    const int right = int(line.text.size()) - left - 9;
    CHECK(left > 5);
    CHECK(right > 5);
    CHECK(qAbs(left - right) < 10);
    // Short snippets are shown as they are.
    const QString shortText = QStringLiteral("對齊研究");
    CHECK(SearchResultDelegate::fitSnippet(shortText, {{0, 2}}, metrics, width).text == shortText);
}
