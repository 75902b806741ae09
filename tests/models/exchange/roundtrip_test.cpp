#include "models/core/zipreader.h"
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/import/importservice.h"
#include "models/import/refiqda/refibitextlayout.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"
#include "tests/models/exchange/exchangefixture.h"
#include "tests/support/annotatedseeds.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace bitext;

namespace {

const QString kDocumentNote = QStringLiteral("Recorded in 2024; **the** first of three.");

// The annotated seeds with a document note, exported in `format` to `path`.
struct Exported
{
    test::AnnotatedSeeds seeds;
    QTemporaryDir dir;
    QString path;

    Exported(ExportFormat format, const QString &name)
    {
        seeds.lib->notes().setDocumentNote(seeds.interview, kDocumentNote);
        path = dir.filePath(name);
        Exporter::create(format)->write(ExportCollector(seeds.lib.library()).collect(ExportRequest {}), path);
    }
};

// Quotes as a sorted list of lines: document, side, quote, tags, note, author.
QStringList quoteLines(Library &library)
{
    QStringList lines;
    for (const test::QuoteView &q : test::quotes(library))
        lines << QStringList {q.document, q.side, q.quote, q.tags.join(QLatin1Char(',')), q.note, q.author}.join(
            QStringLiteral(" | "));
    lines.sort();
    return lines;
}

QStringList tagLines(Library &library)
{
    QStringList lines;
    for (const Tag &t : library.tags().list())
        lines << QStringList {t.path, t.color.name(), t.description}.join(QStringLiteral(" | "));
    return lines;
}

std::optional<Document> byTitle(Library &library, const QString &title)
{
    for (const DocumentSummary &d : library.documents().list()) {
        if (d.document.title == title)
            return d.document;
    }
    return std::nullopt;
}

QStringList texts(const QList<Segment> &segments)
{
    QStringList lines;
    for (const Segment &s : segments)
        lines << s.zh + QStringLiteral(" || ") + s.en;
    return lines;
}

} // namespace

TEST_CASE(
    "Round trip: the annotated seeds exported as .qdpx come back into an empty library", "[exchange][roundtrip][qdpx]")
{
    Exported exported(ExportFormat::RefiProject, QStringLiteral("seeds.qdpx"));
    SECTION("as exported today") { }
    SECTION("with each note also in its selection's Description, as plain text")
    {
        // What the exporter is to add for QualCoder and MAXQDA: the Note stays what
        // Bitext reads back; the Description copy is not a second note.
        exported.path = test::rewriteProject(
            exported.path, exported.dir.filePath(QStringLiteral("described.qdpx")), [](const QString &qde) {
                QStringList parts = qde.split(QStringLiteral("<PlainTextSelection"));
                for (int i = 1; i < parts.size(); ++i) {
                    const QString selection = parts.at(i).section(QStringLiteral("</PlainTextSelection>"), 0, 0);
                    if (selection.contains(QStringLiteral("<NoteRef")))
                        parts[i].insert(parts.at(i).indexOf(QLatin1Char('>')) + 1,
                            QStringLiteral("<Description>Plain copy</Description>"));
                }
                REQUIRE(parts.size() > 2);
                return parts.join(QStringLiteral("<PlainTextSelection"));
            });
    }
    Library &original = exported.seeds.lib.library();
    test::TemporaryLibrary lib;
    const auto result = test::importExchange(*lib, exported.path);
    REQUIRE_FALSE(result.failed);
    CHECK(result.warnings.isEmpty());
    CHECK(result.orphaned == 0);

    // The same documents: titles, metadata Bitext writes, and every segment's pair
    // of texts (each Chinese line paired with its English one again).
    REQUIRE(lib->documents().list().size() == original.documents().list().size());
    for (const DocumentSummary &summary : original.documents().list()) {
        const Document &before = summary.document;
        INFO(before.title.toStdString());
        const std::optional<Document> after = byTitle(*lib, before.title);
        REQUIRE(after);
        CHECK(after->sourceUrl == before.sourceUrl);
        CHECK(after->date == before.date);
        CHECK(after->sourceFile == before.sourceFile);
        CHECK(after->languages == before.languages);
        CHECK(texts(lib->documents().segments(after->id)) == texts(original.documents().segments(before.id)));
        const auto note = original.notes().forDocument(before.id);
        const auto imported = lib->notes().forDocument(after->id);
        CHECK(bool(imported) == bool(note));
        if (note && imported)
            CHECK(imported->body == note->body);
    }
    // The same quotes, with their tags, notes and authors; the same codebook.
    CHECK(quoteLines(*lib) == quoteLines(original));
    CHECK(tagLines(*lib) == tagLines(original));
    // Creation times survive to the second (REFI-QDA's xsd:dateTime as Bitext writes it).
    QList<qint64> createdBefore;
    QList<qint64> createdAfter;
    for (const Annotation &a : original.annotations().list())
        createdBefore << a.created.toSecsSinceEpoch();
    for (const Annotation &a : lib->annotations().list())
        createdAfter << a.created.toSecsSinceEpoch();
    std::sort(createdBefore.begin(), createdBefore.end());
    std::sort(createdAfter.begin(), createdAfter.end());
    CHECK(createdAfter == createdBefore);
}

// Who speaks, the sections and the times of each segment, for comparing documents.
QStringList structure(Library &library, qint64 documentId)
{
    QStringList lines;
    for (const Section &s : library.documents().sections(documentId))
        lines << QStringLiteral("section %1 %2").arg(s.level).arg(s.title);
    for (const Segment &s : library.documents().segments(documentId))
        lines << QStringLiteral("%1 @%2 %3-%4")
                     .arg(s.speaker)
                     .arg(s.sectionOrdinal)
                     .arg(s.startMs ? *s.startMs : -1)
                     .arg(s.endMs ? *s.endMs : -1);
    return lines;
}

void checkStructure(Library &original, Library &imported)
{
    for (const DocumentSummary &summary : original.documents().list()) {
        INFO(summary.document.title.toStdString());
        const std::optional<Document> after = byTitle(imported, summary.document.title);
        REQUIRE(after);
        const QStringList before = structure(original, summary.document.id);
        const QStringList now = structure(imported, after->id);
        CHECK(now.size() == before.size());
        // Compared line by line, so a failure names the first difference, not 250 lines.
        for (int i = 0; i < std::min(before.size(), now.size()); ++i) {
            if (now.at(i) != before.at(i)) {
                CHECK(now.at(i) == before.at(i));
                break;
            }
        }
        CHECK(after->format == summary.document.format);
    }
}

// The export's bitext/documents.json (RefiQdaLayout) gives back who speaks, the
// sections and the times, and keeps each Chinese line paired with its English one.
TEST_CASE("Round trip: speakers, sections and times of the seeds come back from .qdpx", "[exchange][roundtrip][qdpx]")
{
    Exported exported(ExportFormat::RefiProject, QStringLiteral("seeds.qdpx"));
    test::TemporaryLibrary lib;
    REQUIRE_FALSE(test::importExchange(*lib, exported.path).failed);
    checkStructure(exported.seeds.lib.library(), *lib);
}

TEST_CASE("Round trip with the export's layout entry: speakers, sections, times and metadata come back whole",
    "[exchange][roundtrip][qdpx]")
{
    Exported exported(ExportFormat::RefiProject, QStringLiteral("seeds.qdpx"));
    Library &original = exported.seeds.lib.library();
    // The exporter's entry says what a reference written from the library as specified
    // in models/import/refiqda/refibitextlayout.h says.
    const QString reference
        = test::addBitextLayout(exported.path, original, exported.dir.filePath(QStringLiteral("layout.qdpx")));
    const auto layoutOf = [](const QString &path) {
        return QJsonDocument::fromJson(ZipReader(path).read(QString::fromLatin1(RefiBitextLayout::kEntry))).object();
    };
    CHECK_FALSE(layoutOf(exported.path).isEmpty());
    CHECK(layoutOf(exported.path) == layoutOf(reference));
    // Code names renamed in the file (as for uniqueness): the layout keeps the paths.
    const QString withLayout
        = test::rewriteProject(exported.path, exported.dir.filePath(QStringLiteral("unique.qdpx")), [](QString qde) {
              REQUIRE(qde.contains(QStringLiteral("name=\"Honesty\"")));
              return qde.replace(QStringLiteral("name=\"Honesty\""), QStringLiteral("name=\"Honesty (Ethics)\""));
          });
    test::TemporaryLibrary lib;
    const auto result = test::importExchange(*lib, withLayout);
    REQUIRE_FALSE(result.failed);
    CHECK(result.warnings.isEmpty());
    checkStructure(original, *lib);
    CHECK(quoteLines(*lib) == quoteLines(original));
    CHECK(tagLines(*lib) == tagLines(original));
    for (const DocumentSummary &summary : original.documents().list()) {
        const std::optional<Document> after = byTitle(*lib, summary.document.title);
        REQUIRE(after);
        CHECK(texts(lib->documents().segments(after->id)) == texts(original.documents().segments(summary.document.id)));
        CHECK(after->metadata == summary.document.metadata);
        CHECK(after->people == summary.document.people);
        CHECK(after->sourceFile == summary.document.sourceFile);
    }

    // A source edited in another program no longer fits the layout: the document
    // still comes in (line by line), and the user is told what was not restored.
    test::TemporaryLibrary other;
    const QString edited = test::addBitextLayout(exported.path, original,
        exported.dir.filePath(QStringLiteral("edited.qdpx")), QStringLiteral("Edited elsewhere. "));
    const auto partial = test::importExchange(*other, edited);
    REQUIRE_FALSE(partial.failed);
    CHECK(partial.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("no longer fit the segments")));
    CHECK(other->documents().list().size() == 2);
}

TEST_CASE("Round trip: the seeds' Web Annotation JSON placed again in a library holding the same documents",
    "[exchange][roundtrip][webannotation]")
{
    Exported exported(ExportFormat::WebAnnotation, QStringLiteral("seeds.jsonld"));
    Library &original = exported.seeds.lib.library();
    test::TemporaryLibrary lib;
    // In the other order, so document ids differ from the exporting library's: the
    // ids in the file's sources then name other documents, and the titles decide.
    ImportService service(*lib);
    for (const QString &seed : {QStringLiteral("001"), QStringLiteral("000")})
        REQUIRE_FALSE(service.importFile(test::seedFileByPrefix(seed), ImportService::Options()).failed());
    const auto result = test::importExchange(*lib, exported.path);
    REQUIRE_FALSE(result.failed);
    CHECK(result.unplaced.isEmpty());
    CHECK(quoteLines(*lib) == quoteLines(original));
    // Positions too: each quote sits where it sat.
    QStringList placesBefore, placesNow;
    for (const Annotation &a : original.annotations().list())
        placesBefore << QStringLiteral("%1:%2:%3:%4")
                            .arg(a.startSegmentOrdinal)
                            .arg(a.startOffset)
                            .arg(a.endSegmentOrdinal)
                            .arg(a.endOffset);
    for (const Annotation &a : lib->annotations().list())
        placesNow << QStringLiteral("%1:%2:%3:%4")
                         .arg(a.startSegmentOrdinal)
                         .arg(a.startOffset)
                         .arg(a.endSegmentOrdinal)
                         .arg(a.endOffset);
    placesBefore.sort();
    placesNow.sort();
    CHECK(placesNow == placesBefore);

    // Importing the file twice makes no twins.
    CHECK(test::importExchange(*lib, exported.path).quotes == 0);
    CHECK(quoteLines(*lib) == quoteLines(original));
}
