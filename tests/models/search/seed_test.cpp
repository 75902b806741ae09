#include "models/import/importservice.h"
#include "models/search/librarysearch.h"
#include "models/search/textnormalizer.h"
#include "models/store/documentrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>

using namespace bitext;

namespace {

const QStringList kSeeds{QStringLiteral("000_f1a85dea575bd100.txt"), QStringLiteral("001_b20dc5de5308e2ee.txt"),
                         QStringLiteral("002_1f521656fab2dc1c.txt"), QStringLiteral("003_e2e2177cc1a7e815.txt"),
                         QStringLiteral("004_7e74a9c38024e962.txt")};

// The five samples, imported once for all the tests of this file.
struct SeedLibrary
{
    test::TemporaryLibrary lib;
    QHash<QString, qint64> ids; // seed file -> document id

    SeedLibrary()
    {
        ImportService service(*lib);
        for (const QString &seed : kSeeds) {
            const ImportResult result = service.importFile(test::seedPath(seed), ImportService::Options());
            INFO(result.message.toStdString());
            REQUIRE_FALSE(result.failed());
            ids.insert(seed, result.documentId);
        }
    }
};

SeedLibrary &seeds()
{
    static SeedLibrary library;
    return library;
}

QSet<qint64> segmentIds(const QList<SearchResult> &results, Side side)
{
    QSet<qint64> set;
    for (const SearchResult &r : results) {
        if (r.source == SearchSource::Segment && r.side == side)
            set.insert(r.segmentId);
    }
    return set;
}

// Segments of every seed whose side text satisfies `matches`: the truth the
// index is checked against, computed without it.
QSet<qint64> expected(Side side, const std::function<bool(const QString &)> &matches)
{
    QSet<qint64> set;
    for (const qint64 id : seeds().ids) {
        const QList<Segment> segments = seeds().lib->documents().segments(id);
        for (const Segment &s : segments) {
            if (matches(s.text(side)))
                set.insert(s.id);
        }
    }
    return set;
}

QList<SearchResult> find(const QString &query)
{
    SearchFilter filter;
    filter.limit = 100000;
    return LibrarySearch(seeds().lib->database()).search(query, filter);
}

} // namespace

TEST_CASE("Seeds: 對齊 returns exactly the segments 对齐 returns, 004's Traditional ones included", "[search][seeds]")
{
    const QSet<qint64> simplified = segmentIds(find(QStringLiteral("对齐")), Side::Zh);
    const QSet<qint64> traditional = segmentIds(find(QStringLiteral("對齊")), Side::Zh);
    CHECK(simplified == traditional);
    // The truth: folded text (spaces dropped) contains 对齐.
    const QSet<qint64> truth = expected(Side::Zh, [](const QString &text) {
        QString folded = TextNormalizer::instance().fold(text);
        folded.remove(QLatin1Char(' '));
        return folded.contains(QStringLiteral("对齐"));
    });
    CHECK(simplified == truth);
    const QList<Segment> outline = seeds().lib->documents().segments(seeds().ids.value(kSeeds.at(4)));
    int fromOutline = 0;
    for (const Segment &s : outline)
        fromOutline += simplified.contains(s.id) ? 1 : 0;
    CHECK(fromOutline > 0);
    // Hits are marked on the original Traditional characters.
    for (const SearchResult &r : find(QStringLiteral("对齐"))) {
        if (r.documentId == seeds().ids.value(kSeeds.at(4)) && r.source == SearchSource::Segment) {
            REQUIRE_FALSE(r.hits.isEmpty());
            CHECK(r.text.mid(r.hits.first().start, r.hits.first().length) == QStringLiteral("對齊"));
        }
    }
}

TEST_CASE("Seeds: 嗯 finds 002's lines that contain it", "[search][seeds]")
{
    const qint64 plain = seeds().ids.value(kSeeds.at(2));
    QSet<qint64> found;
    for (const SearchResult &r : find(QStringLiteral("嗯"))) {
        if (r.documentId == plain && r.source == SearchSource::Segment)
            found.insert(r.segmentId);
    }
    QSet<qint64> truth;
    for (const Segment &s : seeds().lib->documents().segments(plain)) {
        if (s.zh.contains(QStringLiteral("嗯")))
            truth.insert(s.id);
    }
    CHECK(truth.size() > 50);
    CHECK(found == truth);
}

TEST_CASE("Seeds: alignment finds English sides case-insensitively", "[search][seeds]")
{
    const QList<SearchResult> results = find(QStringLiteral("alignment"));
    const QRegularExpression word(QStringLiteral("\\balignment\\b"), QRegularExpression::CaseInsensitiveOption);
    CHECK(segmentIds(results, Side::En) == expected(Side::En, [&word](const QString &text) { return word.match(text).hasMatch(); }));
    bool capitalised = false;
    for (const SearchResult &r : results) {
        for (const TextRange &hit : r.hits)
            capitalised = capitalised || r.text.mid(hit.start, hit.length) == QStringLiteral("Alignment");
    }
    CHECK(capitalised);
}

TEST_CASE("Seeds: filters narrow results", "[search][seeds]")
{
    SearchFilter filter;
    filter.limit = 100000;
    filter.documentId = seeds().ids.value(kSeeds.at(1));
    filter.side = Side::En;
    const QList<SearchResult> results = LibrarySearch(seeds().lib->database()).search(QStringLiteral("alignment"), filter);
    REQUIRE_FALSE(results.isEmpty());
    CHECK(results.size() < find(QStringLiteral("alignment")).size());
    for (const SearchResult &r : results) {
        CHECK(r.documentId == filter.documentId);
        CHECK(r.side == Side::En);
    }
}
