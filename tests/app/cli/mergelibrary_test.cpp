// `bitext copy-library SRC DST --merge` as a user runs it: the refusal without
// --merge, the counts in both outputs, a second run, and merging into itself.
#include "models/import/importservice.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

void importSeeds(test::TemporaryLibrary &library, const QStringList &seeds)
{
    ImportService service(*library);
    for (const QString &seed : seeds)
        REQUIRE_FALSE(service.importFile(test::seedPath(seed), ImportService::Options()).failed());
}

} // namespace

TEST_CASE("copy-library --merge merges a colleague's library and says what it did", "[cli][merge]")
{
    test::TemporaryLibrary mine;
    test::TemporaryLibrary theirs;
    importSeeds(mine, {QStringLiteral("001_b20dc5de5308e2ee.txt"), QStringLiteral("003_e2e2177cc1a7e815.txt")});
    importSeeds(theirs, {QStringLiteral("001_b20dc5de5308e2ee.txt"), QStringLiteral("002_1f521656fab2dc1c.txt")});
    const qint64 document = theirs->documents().list().first().document.id;
    Annotation a;
    a.documentId = document;
    a.startSegmentId = a.endSegmentId = theirs->documents().segments(document).first().id;
    a.endOffset = 2;
    a.quote = QStringLiteral("那就");
    theirs->annotations().create(a);
    mine.close();
    theirs.close();

    const test::ProcessResult refused = test::runBitext({QStringLiteral("copy-library"), theirs.path(), mine.path()});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("not empty")));

    const test::ProcessResult merged = test::runBitext({QStringLiteral("copy-library"), theirs.path(), mine.path(),
        QStringLiteral("--merge"), QStringLiteral("--json")});
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    const QJsonObject counts = QJsonDocument::fromJson(merged.out.toUtf8()).object();
    // The keys are a public interface (README, CLI section).
    QStringList keys = counts.keys();
    keys.sort();
    CHECK(keys
        == QStringList {QStringLiteral("annotations_added"), QStringLiteral("annotations_merged"),
            QStringLiteral("annotations_skipped"), QStringLiteral("documents_added"),
            QStringLiteral("documents_matched"), QStringLiteral("notes_added"), QStringLiteral("notes_merged"),
            QStringLiteral("speakers_added"), QStringLiteral("speakers_matched"), QStringLiteral("tags_added"),
            QStringLiteral("tags_matched")});
    CHECK(counts.value(QStringLiteral("documents_added")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("documents_matched")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("annotations_added")).toInt() == 1);

    const test::ProcessResult again
        = test::runBitext({QStringLiteral("copy-library"), theirs.path(), mine.path(), QStringLiteral("--merge")});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Documents: 0 added, 2 already there.")));
    CHECK(again.out.contains(QStringLiteral("Annotations: 0 added, 0 merged into one already there, 1 skipped.")));
    CHECK(again.out.contains(QStringLiteral("Merged ")));

    const test::ProcessResult itself
        = test::runBitext({QStringLiteral("copy-library"), mine.path(), mine.path(), QStringLiteral("--merge")});
    CHECK(itself.exitCode == 1);
    CHECK(itself.err.contains(QStringLiteral("cannot be merged into itself")));
}
