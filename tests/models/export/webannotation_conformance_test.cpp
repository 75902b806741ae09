// Issue 12: every Web Annotation export passes the W3C MUST assertions of the
// annotation-model test suite (../shared/schemas/web-annotation), checked with
// python3-jsonschema by tests/models/export/webannotation_conformance.py.
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "tests/models/export/exportfixture.h"
#include "tests/support/annotatedseeds.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

void checkConformance(const ExportData &data)
{
    // Not a skip: CI installs python3-jsonschema, and a missing one must show up.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        FAIL("python3 not found: install python3-jsonschema (packaging/install-deps.sh --tests)");
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("notes.jsonld"));
    Exporter::create(ExportFormat::WebAnnotation)->write(data, json);

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(python,
        {QStringLiteral(BITEXT_SOURCE_DIR "/tests/models/export/webannotation_conformance.py"),
            QStringLiteral(BITEXT_SOURCE_DIR "/../shared/schemas/web-annotation"), json});
    REQUIRE(process.waitForFinished(120000));
    const QString output = QString::fromUtf8(process.readAll());
    INFO(output.toStdString());
    CHECK(process.exitCode() == 0);
    CHECK(output.contains(QStringLiteral("%1 annotations, 0 failed").arg(data.quotes.size())));
}

} // namespace

TEST_CASE("Web Annotation export of the fixture passes the W3C MUST assertions", "[export][json][w3c]")
{
    test::AnnotatedLibrary fx;
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest {});
    checkConformance(data);

    // The page has its own id, and an export of the same quotes names the same
    // collection and page again (so a preview equals the file written).
    const auto ids = [&data] {
        const QJsonObject collection
            = QJsonDocument::fromJson(Exporter::create(ExportFormat::WebAnnotation)->render(data)).object();
        return qMakePair(collection.value(QStringLiteral("id")).toString(),
            collection.value(QStringLiteral("first")).toObject().value(QStringLiteral("id")).toString());
    };
    const auto first = ids();
    CHECK(first.second.startsWith(QStringLiteral("urn:uuid:")));
    CHECK(first.first != first.second);
    CHECK(ids() == first);
}

TEST_CASE("Web Annotation export of the annotated seeds passes the W3C MUST assertions", "[export][json][w3c]")
{
    test::AnnotatedSeeds seeds;
    checkConformance(ExportCollector(*seeds.lib).collect(ExportRequest {}));
}

TEST_CASE("Web Annotation export of hostile text passes the W3C MUST assertions", "[export][json][w3c]")
{
    test::HostileLibrary fx;
    checkConformance(ExportCollector(fx.lib.library()).collect(ExportRequest {}));
}
