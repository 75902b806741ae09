// Item 15: one rule for DOC arguments (app/cli/documentref), used by every command.
#include "app/cli/documentref.h"
#include "models/core/error.h"
#include "models/import/importservice.h"
#include "models/store/documentrepository.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

qint64 addDocument(Library &library, const QString &title, const QString &sourceFile)
{
    ParsedDocument p;
    p.document.title = title;
    p.document.format = QStringLiteral("plain");
    p.document.sourceFile = sourceFile;
    Segment s;
    s.zh = QStringLiteral("你好");
    p.segments << s;
    return library.documents().insert(p);
}

QString refusal(Library &library, const QString &reference)
{
    try {
        cli::resolveDocument(library, reference);
    } catch (const Error &e) {
        return e.message();
    }
    return QString();
}

} // namespace

TEST_CASE("DOC: #N is the id; an id and a different title or file name are refused with both", "[cli][docref]")
{
    test::TemporaryLibrary lib;
    const qint64 one = addDocument(*lib, QStringLiteral("Alignment panel"), QStringLiteral("panel.txt"));
    const qint64 two
        = addDocument(*lib, QStringLiteral("CS153 office hours"), QStringLiteral("001_b20dc5de5308e2ee.txt"));
    const qint64 three
        = addDocument(*lib, QStringLiteral("你知道最疯狂的是什么吗"), QStringLiteral("002_1f521656fab2dc1c.txt"));
    const qint64 four
        = addDocument(*lib, QStringLiteral("非常高兴大家都能来到这里"), QStringLiteral("003_e2e2177cc1a7e815.txt"));
    REQUIRE(three == 3);

    CHECK(cli::resolveDocument(*lib, QStringLiteral("#3")).id == three);
    CHECK(cli::resolveDocument(*lib, QStringLiteral("#4")).id == four);
    CHECK(cli::resolveDocument(*lib, QStringLiteral("1")).id == one);
    // "3" is no part of "CS153" or "e2e2177": only the id.
    CHECK(cli::resolveDocument(*lib, QStringLiteral("3")).id == three);

    const QString ambiguous = refusal(*lib, QStringLiteral("003"));
    CHECK(ambiguous.contains(QStringLiteral("#3")));
    CHECK(ambiguous.contains(QStringLiteral("#4")));
    CHECK(ambiguous.contains(QStringLiteral("003_e2e2177cc1a7e815.txt")));
    CHECK(ambiguous.contains(QStringLiteral("#ID")));

    // The file name, with or without extension, or a unique part of it; titles as before.
    CHECK(cli::resolveDocument(*lib, QStringLiteral("003_e2e2177cc1a7e815")).id == four);
    CHECK(cli::resolveDocument(*lib, QStringLiteral("003_e2e2177cc1a7e815.txt")).id == four);
    CHECK(cli::resolveDocument(*lib, QStringLiteral("b20dc5")).id == two);
    CHECK(cli::resolveDocument(*lib, QStringLiteral("alignment PANEL")).id == one);
    CHECK(cli::resolveDocument(*lib, QStringLiteral("office")).id == two);

    CHECK(refusal(*lib, QStringLiteral("#9")).contains(QStringLiteral("9")));
    CHECK(refusal(*lib, QStringLiteral("#x")).contains(QStringLiteral("#x")));
    CHECK(refusal(*lib, QStringLiteral("42")).contains(QStringLiteral("42")));
    CHECK(refusal(*lib, QStringLiteral("nothing like it")).contains(QStringLiteral("nothing like it")));
    // Two documents with one title: refused, not the first of them.
    addDocument(*lib, QStringLiteral("Alignment panel"), QStringLiteral("panel-2.txt"));
    CHECK(refusal(*lib, QStringLiteral("Alignment panel")).contains(QStringLiteral("panel-2.txt")));
}

TEST_CASE("bitext show 003 and search --document 003 refuse; #3 shows id 3", "[cli][docref][seeds]")
{
    test::TemporaryLibrary lib;
    ImportService service(*lib);
    const QDir seeds(test::seedPath(QString()));
    const QStringList files = seeds.entryList({QStringLiteral("00?_*.txt")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 5);
    for (const QString &file : files) // ids 1 to 5, in file order
        REQUIRE(service.importFile(seeds.filePath(file), ImportService::Options()).status
            == ImportResult::Status::Imported);
    const QString path = lib.path();
    lib.close();

    const auto show
        = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("show"), QStringLiteral("003")});
    CHECK(show.exitCode == 1);
    CHECK(show.out.isEmpty());
    CHECK(show.err.contains(QStringLiteral("#3")));
    CHECK(show.err.contains(QStringLiteral("003_e2e2177cc1a7e815.txt")));

    const auto search = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("search"),
        QStringLiteral("对齐"), QStringLiteral("--document"), QStringLiteral("003")});
    CHECK(search.exitCode == 1);
    CHECK(search.out.isEmpty());
    CHECK(search.err.contains(QStringLiteral("#4")));

    const auto byId = test::runBitext(
        {QStringLiteral("--library"), path, QStringLiteral("show"), QStringLiteral("#3"), QStringLiteral("--json")});
    REQUIRE(byId.exitCode == 0);
    const QJsonObject three = QJsonDocument::fromJson(byId.out.toUtf8()).object();
    CHECK(three.value(QStringLiteral("id")).toInt() == 3);
    CHECK(three.value(QStringLiteral("source")).toString() == QStringLiteral("002_1f521656fab2dc1c.txt"));

    const auto byFile = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("show"),
        QStringLiteral("003_e2e2177cc1a7e815"), QStringLiteral("--json")});
    REQUIRE(byFile.exitCode == 0);
    CHECK(QJsonDocument::fromJson(byFile.out.toUtf8()).object().value(QStringLiteral("source")).toString()
        == QStringLiteral("003_e2e2177cc1a7e815.txt"));
}
