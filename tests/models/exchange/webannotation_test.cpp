#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/import/formatdetector.h"
#include "models/import/importservice.h"
#include "models/store/documentrepository.h"
#include "tests/models/exchange/exchangefixture.h"
#include "tests/support/annotatedseeds.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

qint64 importSeed(Library &library, const QString &prefix)
{
    const ImportResult r = ImportService(library).importFile(test::seedFileByPrefix(prefix), ImportService::Options());
    REQUIRE_FALSE(r.failed());
    return r.documentId;
}

} // namespace

TEST_CASE("Hypothesis export: placed by quote and context on the document of its URL; the rest listed, never guessed",
    "[exchange][webannotation][hypothesis]")
{
    test::TemporaryLibrary lib;
    importSeed(*lib, QStringLiteral("001"));
    importSeed(*lib, QStringLiteral("000"));
    const QString path = test::exchangePath(QStringLiteral("hypothesis.json"));
    const auto result = test::importExchange(*lib, path);
    REQUIRE_FALSE(result.failed);
    CHECK(result.format == QStringLiteral("webannotation"));
    CHECK(result.quotes == 2);

    // The page positions of Hypothesis are no use here: the quote and its context are.
    const test::QuoteView tool = test::quoteWith(*lib, QStringLiteral("A tool that you can't control, bad."));
    CHECK(tool.document.startsWith(QStringLiteral("Emmett Shear")));
    CHECK(tool.side == QStringLiteral("en"));
    CHECK(tool.tags == QStringList {QStringLiteral("Ethics/Tools"), QStringLiteral("control")});
    CHECK(tool.note == QStringLiteral("Shear's four cases, in one breath."));
    CHECK(tool.author == QStringLiteral("Ana H."));
    // No language given: found on the Chinese side only.
    const test::QuoteView outcome = test::quoteWith(*lib, QStringLiteral("唯一好的结果是"));
    CHECK(outcome.side == QStringLiteral("zh"));
    CHECK(outcome.author == QStringLiteral("bo_h"));
    CHECK(outcome.note.isEmpty());

    // Not in the text, in 35 places alike, a reply without a selector, another page.
    REQUIRE(result.unplaced.size() == 4);
    CHECK(result.unplaced.at(0).contains(QStringLiteral("This sentence is not in the transcript.")));
    CHECK(result.unplaced.at(1).contains(QStringLiteral("\"alignment\"")));
    CHECK(result.unplaced.at(1).contains(QStringLiteral("not in one place only")));
    CHECK(result.unplaced.at(2).contains(QStringLiteral("no TextQuoteSelector")));
    CHECK(result.unplaced.at(3).contains(QStringLiteral("no document in the library")));
    CHECK(test::quotes(*lib).size() == 2);

    // The same file again: the passages already have their highlights.
    const auto again = test::importExchange(*lib, path);
    CHECK(again.quotes == 0);
    CHECK(test::quotes(*lib).size() == 2);
}

TEST_CASE("Web Annotation import refuses broken JSON and leaves the library as it was", "[exchange][webannotation]")
{
    test::TemporaryLibrary lib;
    importSeed(*lib, QStringLiteral("000"));
    const QStringList before = test::snapshot(*lib);
    QTemporaryDir dir;
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    };
    const QString broken = write(QStringLiteral("broken.jsonld"), "{\"type\": \"AnnotationCollection\", \"first\": {");
    auto result = test::importExchange(*lib, broken);
    CHECK(result.failed);
    CHECK(result.error.contains(broken));
    CHECK(result.error.contains(QStringLiteral("not valid JSON")));
    const QString remote = write(QStringLiteral("remote.jsonld"),
        "{\"type\": \"AnnotationCollection\", \"first\": \"https://example.org/page1\"}");
    result = test::importExchange(*lib, remote);
    CHECK(result.failed);
    CHECK(result.error.contains(QStringLiteral("https://example.org/page1")));
    CHECK(test::snapshot(*lib) == before);
}

TEST_CASE("Format detection: exchange files are not transcripts", "[exchange][detect]")
{
    test::AnnotatedSeeds seeds;
    QTemporaryDir dir;
    // Bitext's own Web Annotation export was read as a "name-colon" transcript with
    // speakers such as "@context".
    const QString json = dir.filePath(QStringLiteral("notes.json"));
    const QByteArray bytes = Exporter::create(ExportFormat::WebAnnotation)
                                 ->render(ExportCollector(seeds.lib.library()).collect(ExportRequest {}));
    CHECK(FormatDetector::detect(QString::fromUtf8(bytes), json) == QStringLiteral("webannotation"));
    CHECK(FormatDetector::exchangeFormat(bytes.left(65536), json) == QStringLiteral("webannotation"));

    QFile hypothesis(test::exchangePath(QStringLiteral("hypothesis.json")));
    REQUIRE(hypothesis.open(QIODevice::ReadOnly));
    CHECK(
        FormatDetector::exchangeFormat(hypothesis.readAll(), hypothesis.fileName()) == QStringLiteral("webannotation"));
    QFile codebook(test::exchangePath(QStringLiteral("codebook.qdc")));
    REQUIRE(codebook.open(QIODevice::ReadOnly));
    const QByteArray qdc = codebook.readAll();
    CHECK(FormatDetector::exchangeFormat(qdc, QStringLiteral("codes.xml")) == QStringLiteral("qdc"));
    CHECK(FormatDetector::detect(QString::fromUtf8(qdc), QStringLiteral("codes.xml")) == QStringLiteral("qdc"));
    const QString qdpx = test::packQdpx(QStringLiteral("nvivo"), dir.filePath(QStringLiteral("project.zip")));
    QFile archive(qdpx);
    REQUIRE(archive.open(QIODevice::ReadOnly));
    CHECK(FormatDetector::exchangeFormat(archive.read(65536), qdpx) == QStringLiteral("qdpx"));

    // Transcripts stay transcripts.
    for (const QString &seed : {QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("003")}) {
        QFile transcript(test::seedFileByPrefix(seed));
        REQUIRE(transcript.open(QIODevice::ReadOnly));
        CHECK(FormatDetector::exchangeFormat(transcript.readAll(), transcript.fileName()).isEmpty());
    }
    CHECK(FormatDetector::detect(QStringLiteral("Host: {\"a\": 1}\nGuest: [yes]\n"), QStringLiteral("t.txt"))
        == QStringLiteral("name-colon"));
}
