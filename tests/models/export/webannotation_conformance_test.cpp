// Issue 12: every Web Annotation export passes the W3C MUST assertions of the
// annotation-model test suite (../shared/schemas/web-annotation), checked with
// python3-jsonschema by tests/models/export/webannotation_conformance.py.
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "tests/models/export/exportfixture.h"
#include "tests/support/annotatedseeds.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace bitext;

TEST_CASE("Web Annotation export of the fixture passes the W3C MUST assertions", "[export][json][w3c]")
{
    test::AnnotatedLibrary fx;
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest {});
    test::checkWebAnnotationConformance(data);

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
    test::checkWebAnnotationConformance(ExportCollector(*seeds.lib).collect(ExportRequest {}));
}

TEST_CASE("Web Annotation export of hostile text passes the W3C MUST assertions", "[export][json][w3c]")
{
    test::HostileLibrary fx;
    test::checkWebAnnotationConformance(ExportCollector(fx.lib.library()).collect(ExportRequest {}));
}
