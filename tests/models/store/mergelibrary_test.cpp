// copy-library --merge: two researchers' libraries that share a transcript meet.
#include "models/core/error.h"
#include "models/import/importservice.h"
#include "models/search/librarysearch.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/librarycopier.h"
#include "models/store/librarymerger.h"
#include "models/store/noterepository.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>
#include <map>

using namespace bitext;

namespace {

const QString kShared = QStringLiteral("001_b20dc5de5308e2ee.txt");

qint64 documentOf(Library &library, const QString &seed)
{
    for (const DocumentSummary &summary : library.documents().list())
        if (summary.document.sourceFile.endsWith(seed))
            return summary.document.id;
    FAIL("the seed is not in the library");
    return 0;
}

qint64 importSeed(Library &library, const QString &seed)
{
    const ImportResult result = ImportService(library).importFile(test::seedPath(seed), ImportService::Options());
    REQUIRE_FALSE(result.failed());
    return documentOf(library, seed);
}

qint64 annotate(Library &library, qint64 document, int ordinal, int start, int end, const QList<qint64> &tags,
    const QString &note = QString())
{
    const Segment segment = library.documents().segments(document).at(ordinal);
    Annotation a;
    a.documentId = document;
    a.startSegmentId = a.endSegmentId = segment.id;
    a.startOffset = start;
    a.endOffset = end;
    a.quote = segment.zh.mid(start, end - start);
    a.tagIds = tags;
    const qint64 id = library.annotations().create(a);
    if (!note.isEmpty())
        library.notes().setAnnotationNote(id, note);
    return id;
}

// Mine: the shared seed with a passage tagged Theme/Trust and noted, another passage,
// a document note, and a seed of my own.
void fillMine(Library &library)
{
    const qint64 shared = importSeed(library, kShared);
    importSeed(library, QStringLiteral("003_e2e2177cc1a7e815.txt"));
    const qint64 theme = library.tags().create(0, QStringLiteral("Theme"), QColor(Qt::red));
    const qint64 trust = library.tags().create(theme, QStringLiteral("Trust"));
    annotate(library, shared, 0, 0, 2, {trust}, QStringLiteral("why it matters to me"));
    annotate(library, shared, 2, 0, 3, {theme});
    library.notes().setDocumentNote(shared, QStringLiteral("my reading"));
    const qint64 host = library.speakers().findByName(QStringLiteral("Host"))->id;
    library.speakers().setAliases(host, {QStringLiteral("Interviewer")});
}

// My colleague's: the same shared seed, the same first passage with another tag and
// note, a passage of their own, their own seed with an annotation, their tag colours.
void fillTheirs(Library &library)
{
    const qint64 shared = importSeed(library, kShared);
    const qint64 own = importSeed(library, QStringLiteral("002_1f521656fab2dc1c.txt"));
    const qint64 theme = library.tags().create(0, QStringLiteral("Theme"), QColor(Qt::blue));
    const qint64 trust = library.tags().create(theme, QStringLiteral("Trust"));
    const qint64 risk = library.tags().create(theme, QStringLiteral("Risk"));
    const qint64 method = library.tags().create(0, QStringLiteral("Method"));
    annotate(library, shared, 0, 0, 2, {trust, risk}, QStringLiteral("why it matters to them"));
    annotate(library, shared, 1, 0, 2, {method}, QStringLiteral("their own passage"));
    annotate(library, own, 0, 0, 1, {risk});
    library.notes().setDocumentNote(shared, QStringLiteral("their reading"));
    const qint64 host = library.speakers().findByName(QStringLiteral("Host"))->id;
    library.speakers().setAliases(host, {QStringLiteral("Moderator")});
}

int count(Library &library, const char *table)
{
    for (const auto &c : LibraryCopier::count(library))
        if (c.first == QLatin1String(table))
            return c.second;
    return -1;
}

QHash<QString, int> asHash(const LibraryMerger::Counts &counts)
{
    QHash<QString, int> hash;
    for (const auto &c : counts)
        hash.insert(c.first, c.second);
    return hash;
}

// Checks the counts named in `expected`.
void checkCounts(const QHash<QString, int> &counts, const std::map<const char *, int> &expected)
{
    for (const auto &[key, value] : expected) {
        INFO(key);
        CHECK(counts.value(QLatin1String(key)) == value);
    }
}

Annotation firstPassage(Library &library)
{
    for (const DocumentSummary &summary : library.documents().list())
        if (summary.document.sourceFile.endsWith(kShared))
            for (const Annotation &a : library.annotations().list(summary.document.id))
                if (a.startSegmentOrdinal == 0 && a.startOffset == 0 && a.endOffset == 2)
                    return a;
    FAIL("no annotation on the first passage");
    return {};
}

} // namespace

TEST_CASE("merging a colleague's library adds what is new and unites what both have", "[store][merge]")
{
    test::TemporaryLibrary mine;
    test::TemporaryLibrary theirs;
    fillMine(*mine);
    fillTheirs(*theirs);
    const int speakersBefore = count(*mine, "speakers");
    const int theirSpeakers = count(*theirs, "speakers");
    const int segmentsBefore = count(*mine, "segments");
    const int ownSegments
        = int(theirs->documents().segments(documentOf(*theirs, QStringLiteral("002_1f521656fab2dc1c.txt"))).size());
    REQUIRE(LibrarySearch(mine->database()).search(QStringLiteral("湾区")).isEmpty());

    const QHash<QString, int> counts = asHash(LibraryMerger::merge(*theirs, *mine));
    checkCounts(counts,
        {{"documents_added", 1}, {"documents_matched", 1}, {"annotations_added", 2}, {"annotations_merged", 1},
            {"annotations_skipped", 0}, {"tags_added", 2}, {"tags_matched", 2}, {"notes_added", 1},
            {"notes_merged", 2}});
    CHECK(counts.value(QStringLiteral("speakers_added")) + counts.value(QStringLiteral("speakers_matched"))
        == theirSpeakers);
    CHECK(count(*mine, "speakers") == speakersBefore + counts.value(QStringLiteral("speakers_added")));
    CHECK(count(*mine, "documents") == 3);
    CHECK(count(*mine, "segments") == segmentsBefore + ownSegments);
    CHECK(count(*mine, "annotations") == 4);
    CHECK(count(*mine, "tags") == 4);

    // The shared passage: one annotation with both tags and both notes.
    const Annotation passage = firstPassage(*mine);
    QStringList tags;
    for (const qint64 tag : passage.tagIds)
        tags << mine->tags().find(tag)->path;
    tags.sort();
    CHECK(tags == QStringList {QStringLiteral("Theme/Risk"), QStringLiteral("Theme/Trust")});
    const QString note = mine->notes().forAnnotation(passage.id)->body;
    CHECK(note.contains(QStringLiteral("why it matters to me")));
    CHECK(note.contains(QStringLiteral("why it matters to them")));
    const qint64 shared = passage.documentId;
    const QString documentNote = mine->notes().forDocument(shared)->body;
    CHECK(documentNote.contains(QStringLiteral("my reading")));
    CHECK(documentNote.contains(QStringLiteral("their reading")));
    // My colour stays; the host has both aliases.
    CHECK(mine->tags().findByPath(QStringLiteral("Theme"))->color == QColor(Qt::red));
    CHECK(mine->speakers().findByName(QStringLiteral("Host"))->aliases
        == QStringList {QStringLiteral("Interviewer"), QStringLiteral("Moderator")});
    // Their document is searchable, and new rows get fresh ids.
    CHECK_FALSE(LibrarySearch(mine->database()).search(QStringLiteral("湾区")).isEmpty());
    CHECK(mine->tags().create(0, QStringLiteral("Later")) > 0);

    SECTION("merging again changes nothing")
    {
        const LibraryCopier::Counts before = LibraryCopier::count(*mine);
        const QHash<QString, int> again = asHash(LibraryMerger::merge(*theirs, *mine));
        checkCounts(again,
            {{"documents_added", 0}, {"documents_matched", 2}, {"annotations_added", 0}, {"annotations_merged", 0},
                {"annotations_skipped", 3}, {"tags_added", 0}, {"tags_matched", 4}, {"speakers_added", 0},
                {"notes_added", 0}, {"notes_merged", 0}});
        CHECK(LibraryCopier::count(*mine) == before);
        CHECK(mine->notes().forAnnotation(passage.id)->body == note);
    }
}

TEST_CASE("a merge that fails midway leaves the destination as it was", "[store][merge]")
{
    test::TemporaryLibrary mine;
    test::TemporaryLibrary theirs;
    fillMine(*mine);
    fillTheirs(*theirs);
    const LibraryCopier::Counts before = LibraryCopier::count(*mine);
    // The destination refuses new annotations: speakers, tags and a document were
    // already written when the merge reaches them.
    Database &db = mine->database();
    if (db.backend() == Database::Backend::Postgres) {
        db.exec(QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                               "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$"));
        db.exec(QStringLiteral(
            "CREATE TRIGGER refuse BEFORE INSERT ON annotations FOR EACH ROW EXECUTE FUNCTION refuse()"));
    } else {
        db.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON annotations "
                               "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
    }
    CHECK_THROWS_AS(LibraryMerger::merge(*theirs, *mine), Error);
    CHECK(LibraryCopier::count(*mine) == before);
    CHECK(mine->tags().findByPath(QStringLiteral("Method")) == std::nullopt);
    CHECK(mine->notes().forDocument(firstPassage(*mine).documentId)->body == QStringLiteral("my reading"));
    CHECK(LibrarySearch(mine->database()).search(QStringLiteral("湾区")).isEmpty());
}

TEST_CASE("a library is not merged into itself", "[store][merge]")
{
    test::TemporaryLibrary mine;
    fillMine(*mine);
    const LibraryCopier::Counts before = LibraryCopier::count(*mine);
    const auto again = Library::open(mine.path());
    CHECK_THROWS_WITH(LibraryMerger::merge(*again, *mine), Catch::Contains("cannot be merged into itself"));
    CHECK(LibraryCopier::count(*mine) == before);
}
