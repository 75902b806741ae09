#include "models/store/documentrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bitext;

namespace {

void addTalk(Library &library)
{
    ParsedDocument p;
    p.document.title = QStringLiteral("Panel 对齐");
    p.document.format = QStringLiteral("speaker-turns");
    Segment s;
    s.speaker = QStringLiteral("Yan");
    s.zh = QStringLiteral("對齊研究很重要");
    s.en = QStringLiteral("Alignment research matters");
    p.segments << s;
    s.speaker = QStringLiteral("Host");
    s.zh = QStringLiteral("嗯，对。");
    s.en = QStringLiteral("Hmm, right.");
    p.segments << s;
    library.documents().insert(p);
}

QJsonArray runJson(const QString &path, QStringList args)
{
    args.prepend(path);
    args.prepend(QStringLiteral("--library"));
    const auto result = test::runBitext(args);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.out.toUtf8()).array();
}

} // namespace

TEST_CASE("search --json prints document, segment, side, speaker and a marked snippet", "[cli][search]")
{
    test::TemporaryLibrary lib;
    addTalk(*lib);
    const QString path = lib.path();
    lib.close();

    const QJsonArray results = runJson(path, {QStringLiteral("search"), QStringLiteral("对齐研究"), QStringLiteral("--json")});
    REQUIRE(results.size() == 1);
    const QJsonObject hit = results.at(0).toObject();
    CHECK(hit.value(QStringLiteral("document")).toString() == QStringLiteral("Panel 对齐"));
    CHECK(hit.value(QStringLiteral("segment")).toInt() == 0);
    CHECK(hit.value(QStringLiteral("side")).toString() == QStringLiteral("zh"));
    CHECK(hit.value(QStringLiteral("speaker")).toString() == QStringLiteral("Yan"));
    CHECK(hit.value(QStringLiteral("snippet")).toString() == QStringLiteral("對齊研究很重要"));
    const QJsonObject range = hit.value(QStringLiteral("hits")).toArray().at(0).toObject();
    CHECK(range.value(QStringLiteral("start")).toInt() == 0);
    CHECK(range.value(QStringLiteral("length")).toInt() == 4);

    // Filters: side, speaker, document.
    CHECK(runJson(path, {QStringLiteral("search"), QStringLiteral("alignment OR 嗯"), QStringLiteral("--side"),
                         QStringLiteral("en"), QStringLiteral("--json")})
              .size() == 1);
    const QJsonArray host = runJson(path, {QStringLiteral("search"), QStringLiteral("嗯 OR alignment"),
                                           QStringLiteral("--speaker"), QStringLiteral("Host"), QStringLiteral("--json")});
    REQUIRE(host.size() == 1);
    CHECK(host.at(0).toObject().value(QStringLiteral("segment")).toInt() == 1);
    CHECK(runJson(path, {QStringLiteral("search"), QStringLiteral("alignment"), QStringLiteral("--document"),
                         QStringLiteral("Panel"), QStringLiteral("--json")})
              .size() == 1);
}

TEST_CASE("search prints hits marked in brackets and rejects bad options", "[cli][search]")
{
    test::TemporaryLibrary lib;
    addTalk(*lib);
    const QString path = lib.path();
    lib.close();

    const auto text = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("search"), QStringLiteral("ALIGNMENT")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("[Alignment] research matters")));

    const auto badSide = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("search"), QStringLiteral("x"),
                                          QStringLiteral("--side"), QStringLiteral("fr")});
    CHECK(badSide.exitCode == 2);
    const auto noQuery = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("search")});
    CHECK(noQuery.exitCode == 2);
    const auto noSpeaker = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("search"), QStringLiteral("x"),
                                            QStringLiteral("--speaker"), QStringLiteral("Nobody")});
    CHECK(noSpeaker.exitCode == 1);
    CHECK(noSpeaker.err.contains(QStringLiteral("Nobody")));
}
