// Search on a server library finds what search on a library file finds: the same
// seeds imported into both, the same queries, the same results in the same order.
#include "models/import/importservice.h"
#include "models/search/librarysearch.h"
#include "models/store/speakerrepository.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

void importSeeds(Library &library)
{
    ImportService service(library);
    for (const char *seed : {"000_f1a85dea575bd100.txt", "001_b20dc5de5308e2ee.txt", "002_1f521656fab2dc1c.txt",
             "003_e2e2177cc1a7e815.txt", "004_7e74a9c38024e962.txt"}) {
        const ImportResult result = service.importFile(test::seedPath(QLatin1String(seed)), ImportService::Options());
        INFO(result.message.toStdString());
        REQUIRE_FALSE(result.failed());
    }
}

QStringList described(const QList<SearchResult> &results)
{
    QStringList lines;
    for (const SearchResult &r : results)
        lines << QStringLiteral("%1 %2 #%3 %4 %5: %6")
                     .arg(searchSourceName(r.source))
                     .arg(r.documentId)
                     .arg(r.segmentOrdinal)
                     .arg(r.side ? sideName(*r.side) : QString(), r.speaker, r.text);
    return lines;
}

} // namespace

TEST_CASE("Search gives the same results on SQLite and PostgreSQL", "[search][postgres]")
{
    QTemporaryDir dir;
    const auto file = Library::openSqlite(dir.filePath(QStringLiteral("library.sqlite")));
    test::PostgresServer &server = test::PostgresServer::instance();
    const QString database = server.createDatabase();
    const auto team = Library::openPostgres(server.settings(database));
    importSeeds(*file);
    importSeeds(*team);

    const QStringList queries {
        QStringLiteral("對齊"),
        QStringLiteral("对齐"),
        QStringLiteral("对"),
        QStringLiteral("模型"),
        QStringLiteral("人工智能"),
        QStringLiteral("alignment"),
        QStringLiteral("AI"),
        QStringLiteral("\"reward model\""),
        QStringLiteral("align*"),
        QStringLiteral("对齐 OR alignment"),
        QStringLiteral("对齐 NOT 问题"),
        QStringLiteral("(模型 OR model) AND 训练"),
        QStringLiteral("\"对，齐\""),
        QStringLiteral("Askell"),
        QStringLiteral("don't"),
    };
    LibrarySearch onFile(file->database());
    LibrarySearch onServer(team->database());
    int found = 0;
    for (const QString &query : queries) {
        for (const std::optional<Side> side : {std::optional<Side>(), std::optional<Side>(Side::Zh)}) {
            SearchFilter filter;
            filter.side = side;
            filter.limit = 100000;
            const QStringList expected = described(onFile.search(query, filter));
            INFO(query.toStdString());
            CHECK(described(onServer.search(query, filter)) == expected);
            found += int(expected.size());
        }
    }
    // Filters by document and by speaker (the same names, each library's own ids).
    SearchFilter byDocument;
    byDocument.documentId = 2;
    CHECK(described(onServer.search(QStringLiteral("the"), byDocument))
        == described(onFile.search(QStringLiteral("the"), byDocument)));
    SearchFilter bySpeaker;
    bySpeaker.speakerId = file->speakers().resolve(QStringLiteral("Amanda Askell"));
    const QStringList fileSpeaker = described(onFile.search(QStringLiteral("I"), bySpeaker));
    bySpeaker.speakerId = team->speakers().resolve(QStringLiteral("Amanda Askell"));
    CHECK(described(onServer.search(QStringLiteral("I"), bySpeaker)) == fileSpeaker);
    CHECK(found > 100); // the queries really find things
    CHECK_FALSE(fileSpeaker.isEmpty());
    server.dropDatabase(database);
}
