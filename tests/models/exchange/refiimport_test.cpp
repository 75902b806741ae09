#include "models/store/documentrepository.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"
#include "tests/models/exchange/exchangefixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

const QString kInterview = QStringLiteral("interview-1");

Document onlyDocument(Library &library)
{
    const QList<DocumentSummary> documents = library.documents().list();
    REQUIRE(documents.size() == 1);
    return documents.first().document;
}

} // namespace

TEST_CASE("QualCoder project: codes in categories, memos in Description, one selection per code",
    "[exchange][qdpx][qualcoder]")
{
    test::TemporaryLibrary lib;
    // A tag already in the codebook: the code of the same path joins it.
    const qint64 methods = lib->tags().create(0, QStringLiteral("Methods"), QColor(QStringLiteral("#123456")));
    const qint64 tooling = lib->tags().create(methods, QStringLiteral("Tooling"), QColor(QStringLiteral("#654321")));
    QTemporaryDir dir;
    const auto result = test::importExchange(
        *lib, test::packQdpx(QStringLiteral("qualcoder"), dir.filePath(QStringLiteral("qc.qdpx"))));
    REQUIRE_FALSE(result.failed);
    CHECK(result.format == QStringLiteral("qdpx"));

    const Document d = onlyDocument(*lib);
    CHECK(d.title == kInterview);
    CHECK(d.sourceFile == QStringLiteral("interview-1.txt"));
    CHECK(d.summary == QStringLiteral("First interview, recorded in Beijing."));
    // Variables of the source and its case are the document's metadata.
    CHECK(d.metadata.value(QStringLiteral("Site")).toString() == QStringLiteral("Beijing"));
    const QJsonObject respondent = d.metadata.value(QStringLiteral("cases")).toArray().at(0).toObject();
    CHECK(respondent.value(QStringLiteral("name")).toString() == QStringLiteral("Respondent A"));
    CHECK(respondent.value(QStringLiteral("variables")).toObject().value(QStringLiteral("Age")).toString()
        == QStringLiteral("42"));

    // The text is a "Name: text" transcript: read as one, speakers and all.
    const QList<Segment> segments = lib->documents().segments(d.id);
    REQUIRE(segments.size() == 6);
    CHECK(segments.at(1).speaker == QStringLiteral("Respondent"));
    CHECK(segments.at(1).en == QStringLiteral("I started in 2019, when nobody had tools for it."));
    CHECK(segments.at(3).zh == QStringLiteral("我们只能手工检查模型的输出，一条一条看。"));

    // Codebook: categories and codes, merged with the existing tags by path.
    QStringList paths;
    for (const Tag &t : lib->tags().list())
        paths << t.path;
    CHECK(paths
        == QStringList {QStringLiteral("Change"), QStringLiteral("Change/Scale"), QStringLiteral("Methods"),
            QStringLiteral("Methods/Manual review"), QStringLiteral("Methods/Tooling")});
    CHECK(lib->tags().find(tooling)->color == QColor(QStringLiteral("#654321")));
    CHECK(lib->tags().find(tooling)->description == QStringLiteral("Tools, or the lack of them"));
    CHECK(lib->tags().findByPath(QStringLiteral("Change/Scale"))->color == QColor(QStringLiteral("#F4511E")));
    CHECK(lib->tags().findByPath(QStringLiteral("Change/Scale"))->description == QStringLiteral("Bigger models"));
    CHECK(result.tagsCreated == 3);
    CHECK(result.tagsMerged == 2);
    const QJsonObject json = result.toJson();
    CHECK(json.value(QStringLiteral("format")).toString() == QStringLiteral("qdpx"));
    CHECK(
        json.value(QStringLiteral("documents")).toArray().at(0).toObject().value(QStringLiteral("id")).toInt() == d.id);
    CHECK(json.value(QStringLiteral("quotes")).toInt() == 3);

    // Two selections of one passage (one per code) are one quote with both codes.
    CHECK(test::quotes(*lib).size() == 3);
    const test::QuoteView tools = test::quoteWith(*lib, QStringLiteral("nobody had tools for it"));
    CHECK(tools.side == QStringLiteral("en"));
    CHECK(tools.tags == QStringList {QStringLiteral("Methods/Tooling")});
    CHECK(tools.note == QStringLiteral("No tooling in 2019."));
    CHECK(tools.author == QStringLiteral("Ana"));
    const test::QuoteView manual = test::quoteWith(*lib, QStringLiteral("我们只能手工检查模型的输出"));
    CHECK(manual.side == QStringLiteral("zh"));
    CHECK(manual.tags == QStringList {QStringLiteral("Change/Scale"), QStringLiteral("Methods/Manual review")});
    CHECK(manual.note == QStringLiteral("手工检查：everything by hand."));
    CHECK(manual.author == QStringLiteral("Bo"));
    // After the emoji (two UTF-16 units, one code point) positions still hold.
    const test::QuoteView bigger = test::quoteWith(*lib, QStringLiteral("The models got bigger"));
    CHECK(bigger.tags == QStringList {QStringLiteral("Change/Scale")});
    CHECK_FALSE(bigger.orphaned);

    // The same project again: its document is already there, nothing is doubled.
    const auto again = test::importExchange(*lib, dir.filePath(QStringLiteral("qc.qdpx")));
    REQUIRE_FALSE(again.failed);
    REQUIRE(again.documents.size() == 1);
    CHECK(again.documents.first().alreadyThere);
    CHECK(again.toJson().value(QStringLiteral("documents")).toArray().at(0).toObject().value(QStringLiteral("status"))
        == QStringLiteral("skipped-duplicate"));
    CHECK(again.summary().contains(QStringLiteral("\"interview-1\" is already in the library")));
    CHECK(lib->documents().list().size() == 1);
    CHECK(test::quotes(*lib).size() == 3);
}

TEST_CASE(
    "NVivo project: notes through Links and NoteRefs, other sources named and left out", "[exchange][qdpx][nvivo]")
{
    test::TemporaryLibrary lib;
    QTemporaryDir dir;
    const auto result
        = test::importExchange(*lib, test::packQdpx(QStringLiteral("nvivo"), dir.filePath(QStringLiteral("nv.qdpx"))));
    REQUIRE_FALSE(result.failed);
    const Document d = onlyDocument(*lib);
    CHECK(d.title == QStringLiteral("Minutes 2024-05"));
    // Plain prose: one segment per paragraph, on the side its script says.
    const QList<Segment> segments = lib->documents().segments(d.id);
    REQUIRE(segments.size() == 3);
    CHECK(segments.at(1).en
        == QStringLiteral(
            "Members agreed that the pilot should continue for another year.\nThe budget was not discussed."));
    CHECK(segments.at(2).zh == QStringLiteral("对齐研究需要更多的资金。"));

    // A Link from the note to the selection, and one the other way round.
    const test::QuoteView pilot = test::quoteWith(*lib, QStringLiteral("the pilot should continue"));
    CHECK(pilot.note == QStringLiteral("Key decision: the pilot goes on."));
    CHECK(pilot.author == QStringLiteral("Lin Wei"));
    CHECK(pilot.tags == QStringList {QStringLiteral("Decisions")});
    const test::QuoteView funding = test::quoteWith(*lib, QStringLiteral("对齐研究需要更多的资金"));
    CHECK(funding.note == QStringLiteral("Funding is the open question."));
    CHECK(funding.author == QStringLiteral("Kim"));
    // A NoteRef in the selection; the quote keeps its line break.
    const test::QuoteView year = test::quoteWith(*lib, QStringLiteral("another year.\nThe budget"));
    CHECK(year.note == QStringLiteral("The budget comes up again in June."));
    // The source's NoteRef is the document's note.
    CHECK(lib->notes().forDocument(d.id)->body == QStringLiteral("Minutes taken by Kim."));
    CHECK(lib->tags().findByPath(QStringLiteral("Decisions"))->color == QColor(QStringLiteral("#AA00FF")));

    // The PDF and the project memo are named in the result, not silently dropped.
    const QString warnings = result.warnings.join(QLatin1Char('\n'));
    CHECK(warnings.contains(QStringLiteral("scan.pdf")));
    CHECK(warnings.contains(QStringLiteral("PDFSource")));
    CHECK(warnings.contains(QStringLiteral("Project memo")));
    CHECK(result.notes == 4);
}

TEST_CASE("MAXQDA project: memo-only selections, CRLF text, a selection across languages kept as an orphan",
    "[exchange][qdpx][maxqda]")
{
    test::TemporaryLibrary lib;
    QTemporaryDir dir;
    const auto result
        = test::importExchange(*lib, test::packQdpx(QStringLiteral("maxqda"), dir.filePath(QStringLiteral("mx.qdpx"))));
    REQUIRE_FALSE(result.failed);
    const Document d = onlyDocument(*lib);
    CHECK(d.title == QStringLiteral("meeting"));
    CHECK(d.languages == QStringList {QStringLiteral("zh"), QStringLiteral("en")});

    // A selection with a Description and no Coding is a quote with a note and no tag.
    const test::QuoteView memo = test::quoteWith(*lib, QStringLiteral("模型的诚实问题"));
    CHECK(memo.tags.isEmpty());
    CHECK(memo.note == QStringLiteral("诚实 = honesty; the theme of the day."));
    CHECK(memo.author == QStringLiteral("Chen"));
    // Positions count the CR of CRLF; the quote comes out with the line break only.
    const test::QuoteView theme = test::quoteWith(*lib, QStringLiteral("main theme of the meeting.\nSafety"));
    CHECK(theme.tags == QStringList {QStringLiteral("Themes/Honesty")});
    CHECK(theme.note == QStringLiteral("Two themes in one breath."));
    CHECK(test::quoteWith(*lib, QStringLiteral("安全问题")).tags == QStringList {QStringLiteral("Themes/Safety")});

    // From the Chinese paragraph into the English one: no single side holds it, so
    // it is kept with its memo but without a place, and listed.
    const test::QuoteView across = test::quoteWith(*lib, QStringLiteral("这是第一次会议。\r\n\r\nHonesty was"));
    CHECK(across.orphaned);
    CHECK(across.note == QStringLiteral("Runs from the Chinese paragraph into the English one."));
    CHECK(result.orphaned == 1);
    REQUIRE(result.unplaced.size() == 1);
    CHECK(result.unplaced.first().contains(QStringLiteral("Honesty was")));
}

TEST_CASE("REFI-QDA codebook (.qdc) imports the codebook only, merged by path", "[exchange][qdc]")
{
    test::TemporaryLibrary lib;
    lib->tags().create(0, QStringLiteral("Themes"), QColor(QStringLiteral("#000080")), QStringLiteral("Ours"));
    const auto result = test::importExchange(*lib, test::exchangePath(QStringLiteral("codebook.qdc")));
    REQUIRE_FALSE(result.failed);
    CHECK(result.format == QStringLiteral("qdc"));
    CHECK(lib->documents().list().isEmpty());
    QStringList paths;
    for (const Tag &t : lib->tags().list())
        paths << t.path;
    CHECK(paths
        == QStringList {QStringLiteral("Themes"), QStringLiteral("Themes/Honesty"), QStringLiteral("Themes/Safety"),
            QStringLiteral("Themes/Safety/Misuse"), QStringLiteral("Uncoded ideas")});
    const Tag themes = *lib->tags().findByPath(QStringLiteral("Themes"));
    CHECK(themes.color == QColor(QStringLiteral("#000080")));
    CHECK(themes.description == QStringLiteral("Ours"));
    CHECK(lib->tags().findByPath(QStringLiteral("Themes/Safety/Misuse"))->description
        == QStringLiteral("Using a model to do harm"));
    CHECK(lib->tags().findByPath(QStringLiteral("Themes/Honesty"))->color == QColor(QStringLiteral("#2A9D8F")));
    CHECK(result.tagsCreated == 4);
    CHECK(result.tagsMerged == 1);
}
