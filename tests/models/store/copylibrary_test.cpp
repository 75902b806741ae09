// `bitext copy-library`: a whole library from a file to a server and back.
#include "models/core/error.h"
#include "models/import/importservice.h"
#include "models/search/librarysearch.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/librarycopier.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

// Two seeds, a nested tag created after its child was, an annotation and notes.
void fill(Library &library)
{
    ImportService service(library);
    for (const char *seed : {"001_b20dc5de5308e2ee.txt", "003_e2e2177cc1a7e815.txt"})
        REQUIRE_FALSE(service.importFile(test::seedPath(QLatin1String(seed)), ImportService::Options()).failed());
    const qint64 child = library.tags().create(0, QStringLiteral("Trust"));
    const qint64 parent = library.tags().create(0, QStringLiteral("Theme"));
    Tag moved = *library.tags().find(child);
    moved.parentId = parent; // the parent now has the larger id
    library.tags().update(moved);
    const qint64 document = library.documents().list().first().document.id;
    const QList<Segment> segments = library.documents().segments(document);
    Annotation a;
    a.documentId = document;
    a.startSegmentId = a.endSegmentId = segments.first().id;
    a.startOffset = 0;
    a.endOffset = 2;
    a.quote = segments.first().zh.left(2);
    a.tagIds << child;
    library.notes().setAnnotationNote(library.annotations().create(a), QStringLiteral("why it matters"));
    library.notes().setDocumentNote(document, QStringLiteral("a document note"));
}

} // namespace

TEST_CASE("copy-library copies a file library to a server and back with the same counts", "[store][copy][postgres]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("local.sqlite"));
    LibraryCopier::Counts counts;
    {
        const auto local = Library::openSqlite(source);
        fill(*local);
        counts = LibraryCopier::count(*local);
    }

    test::PostgresServer &server = test::PostgresServer::instance();
    const QString database = server.createDatabase();
    const QString url = server.settings(database).url();
    const QString copyBack = dir.filePath(QStringLiteral("back.sqlite"));

    const test::ProcessResult up
        = test::runBitext({QStringLiteral("copy-library"), source, url, QStringLiteral("--json")});
    INFO(up.err.toStdString());
    REQUIRE(up.exitCode == 0);
    const QJsonObject copied = QJsonDocument::fromJson(up.out.toUtf8()).object();
    for (const auto &count : counts)
        CHECK(copied.value(count.first).toInt() == count.second);
    {
        const auto team = Library::open(url);
        CHECK(LibraryCopier::count(*team) == counts);
        // New rows get new ids after the copied ones, and search works there.
        CHECK(team->tags().create(0, QStringLiteral("New")) > 0);
        CHECK_FALSE(LibrarySearch(team->database()).search(QStringLiteral("Askell")).isEmpty());
    }
    // A destination that is not empty is refused and left as it was.
    const test::ProcessResult again = test::runBitext({QStringLiteral("copy-library"), source, url});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("not empty")));

    const test::ProcessResult down = test::runBitext({QStringLiteral("copy-library"), url, copyBack});
    INFO(down.err.toStdString());
    REQUIRE(down.exitCode == 0);
    const auto back = Library::open(copyBack);
    LibraryCopier::Counts expected = counts;
    for (auto &count : expected)
        if (count.first == QLatin1String("tags"))
            ++count.second; // "New"
    CHECK(LibraryCopier::count(*back) == expected);
    CHECK(back->notes().forDocument(back->documents().list().first().document.id).has_value());
    server.dropDatabase(database);
}
