// `bitext import` (and so File › Import and drops, which use ImportService too)
// hands REFI-QDA projects and codebooks and Web Annotation JSON to ProjectImporter.
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/import/importservice.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/tagrepository.h"
#include "tests/models/exchange/exchangefixture.h"
#include "tests/support/annotatedseeds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

QString exportSeeds(test::AnnotatedSeeds &seeds, ExportFormat format, const QString &path)
{
    Exporter::create(format)->write(ExportCollector(seeds.lib.library()).collect(ExportRequest {}), path);
    return path;
}

} // namespace

TEST_CASE("bitext import takes a .qdpx, a .qdc and Web Annotation JSON", "[exchange][cli]")
{
    test::AnnotatedSeeds seeds;
    QTemporaryDir dir;
    const QString qdpx = exportSeeds(seeds, ExportFormat::RefiProject, dir.filePath(QStringLiteral("seeds.qdpx")));
    test::TemporaryLibrary lib;

    auto result = test::runBitext(
        {QStringLiteral("--library"), lib.path(), QStringLiteral("import"), qdpx, QStringLiteral("--json")});
    INFO(result.err.toStdString() << result.out.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
    REQUIRE(array.size() == 1);
    const QJsonObject object = array.first().toObject();
    // The transcript keys stay; the project's report comes beside them.
    CHECK(object.value(QStringLiteral("status")).toString() == QStringLiteral("imported"));
    CHECK(object.value(QStringLiteral("format")).toString() == QStringLiteral("qdpx"));
    CHECK(object.value(QStringLiteral("id")).toInt() > 0);
    const int documents = int(seeds.lib->documents().list().size());
    CHECK(object.value(QStringLiteral("documents")).toArray().size() == documents);
    CHECK(object.value(QStringLiteral("quotes")).toInt() == int(seeds.lib->annotations().list().size()));
    CHECK(object.value(QStringLiteral("tags_created")).toInt() == int(seeds.lib->tags().list().size()));
    CHECK(object.contains(QStringLiteral("notes")));
    CHECK(object.contains(QStringLiteral("warnings")));

    // The same file again by --format, now into a library that has its documents: a
    // codebook and Web Annotation too.
    const QString qdc = exportSeeds(seeds, ExportFormat::RefiCodebook, dir.filePath(QStringLiteral("codes.qdc")));
    result = test::runBitext({QStringLiteral("--library"), lib.path(), QStringLiteral("import"),
        QStringLiteral("--format"), QStringLiteral("qdc"), qdc});
    CHECK(result.exitCode == 0);
    CHECK_FALSE(result.out.contains(QStringLiteral("@context")));
    // The closing summary counts what the codebook brought: no document, no new tag
    // (not "1 document" for the file).
    INFO(result.out.toStdString());
    CHECK(result.out.contains(QStringLiteral("0 new tags")));
    CHECK_FALSE(result.out.contains(QStringLiteral("Imported 1 document")));

    // Into another empty library, as people read it: the documents are counted.
    test::TemporaryLibrary other;
    result = test::runBitext({QStringLiteral("--library"), other.path(), QStringLiteral("import"), qdpx});
    INFO(result.out.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("Imported %1 documents; ").arg(documents)));
    CHECK(int(lib->documents().list().size()) == documents);
}

TEST_CASE("ImportService sends exchange files to ProjectImporter, transcripts to the parsers", "[exchange][cli]")
{
    CHECK(ImportService::formatNames().contains(QStringLiteral("qdpx")));
    CHECK(ImportService::formatNames().contains(QStringLiteral("webannotation")));
    test::AnnotatedSeeds seeds;
    QTemporaryDir dir;
    const QString json = exportSeeds(seeds, ExportFormat::WebAnnotation, dir.filePath(QStringLiteral("notes.json")));
    // Into the library holding the documents: placed on them, no "@context" transcript.
    const int before = int(seeds.lib->documents().list().size());
    const ImportResult r = ImportService(seeds.lib.library()).importFile(json, {});
    INFO(r.message.toStdString());
    REQUIRE(r.project);
    CHECK(r.format == QStringLiteral("webannotation"));
    CHECK_FALSE(r.failed());
    CHECK(int(seeds.lib->documents().list().size()) == before);

    ImportService::Options asProject;
    asProject.format = QStringLiteral("qdpx");
    const ImportResult broken = ImportService(seeds.lib.library()).importFile(json, asProject);
    CHECK(broken.failed());
    CHECK_FALSE(broken.message.isEmpty());
}
