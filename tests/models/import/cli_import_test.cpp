#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bitext;

TEST_CASE("bitext import: the five seeds, then show --json", "[import][cli]")
{
    test::TemporaryLibrary lib;
    const QString path = lib.path();
    lib.close();
    QStringList args{QStringLiteral("--library"), path, QStringLiteral("import")};
    for (const char *seed : {"000_f1a85dea575bd100.txt", "001_b20dc5de5308e2ee.txt", "002_1f521656fab2dc1c.txt",
                             "003_e2e2177cc1a7e815.txt", "004_7e74a9c38024e962.txt"})
        args << test::seedPath(QLatin1String(seed));
    args << QStringLiteral("--json");
    const auto result = test::runBitext(args);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonArray files = QJsonDocument::fromJson(result.out.toUtf8()).array();
    REQUIRE(files.size() == 5);
    const QList<int> counts{104, 147, 683, 46, 54};
    for (int i = 0; i < 5; ++i) {
        const QJsonObject f = files.at(i).toObject();
        for (const char *key : {"file", "id", "title", "format", "encoding", "segments", "speakers", "languages"})
            CHECK(f.contains(QLatin1String(key)));
        CHECK(f.value(QStringLiteral("segments")).toInt() == counts.at(i));
        CHECK(f.value(QStringLiteral("encoding")).toString() == QStringLiteral("UTF-8"));
    }
    const QJsonObject turns = files.at(1).toObject();
    CHECK(turns.value(QStringLiteral("format")).toString() == QStringLiteral("speaker-turns"));
    CHECK(turns.value(QStringLiteral("speakers")).toArray()
          == QJsonArray{QStringLiteral("Host"), QStringLiteral("Amanda Askell")});

    const auto show = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("show"),
                                       QString::number(turns.value(QStringLiteral("id")).toInt()), QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    const QJsonArray segments = QJsonDocument::fromJson(show.out.toUtf8()).object().value(QStringLiteral("segments")).toArray();
    REQUIRE(segments.size() == 147);
    const QJsonObject first = segments.at(0).toObject();
    CHECK(first.value(QStringLiteral("speaker")).toString() == QStringLiteral("Host"));
    CHECK(first.value(QStringLiteral("zh")).toString().startsWith(QStringLiteral("那就太好了。我正在飞机上用 Starlink 上网")));
    CHECK(first.value(QStringLiteral("en")).toString().startsWith(QStringLiteral("That'd be great.")));
    CHECK(segments.at(1).toObject().value(QStringLiteral("speaker")).toString() == QStringLiteral("Amanda Askell"));
    CHECK(segments.at(1).toObject().value(QStringLiteral("zh")).toString() == QStringLiteral("好的。"));
    CHECK(segments.at(1).toObject().value(QStringLiteral("en")).toString() == QStringLiteral("Nice."));

    // Again: all duplicates, still exit 0; a bad file next to a good one: exit 1, good one imported.
    const auto again = test::runBitext(args);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("skipped-duplicate")));
    const auto mixed = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("import"),
                                        test::dataPath(QStringLiteral("import/empty.txt")),
                                        test::dataPath(QStringLiteral("import/subtitles.srt")), QStringLiteral("--json")});
    CHECK(mixed.exitCode == 1);
    const QJsonArray m = QJsonDocument::fromJson(mixed.out.toUtf8()).array();
    REQUIRE(m.size() == 2);
    CHECK(m.at(0).toObject().keys() == QStringList{QStringLiteral("error"), QStringLiteral("file")});
    CHECK(m.at(0).toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("empty.txt:1:")));
    CHECK(m.at(1).toObject().value(QStringLiteral("format")).toString() == QStringLiteral("srt"));

    const auto wrong = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("import"), QStringLiteral("--format"),
                                        QStringLiteral("nope"), test::dataPath(QStringLiteral("import/subtitles.srt"))});
    CHECK(wrong.exitCode == 2);
    const auto forced = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("import"), QStringLiteral("--format"),
                                         QStringLiteral("plain"), test::dataPath(QStringLiteral("import/namecolon.txt"))});
    CHECK(forced.exitCode == 0);
    CHECK(forced.out.contains(QStringLiteral("(plain, UTF-8)")));
}

TEST_CASE("bitext import of files already in the library says so, in text and JSON", "[import][cli]")
{
    test::TemporaryLibrary lib;
    const QString path = lib.path();
    lib.close();
    const QStringList files {test::seedPath(QStringLiteral("002_1f521656fab2dc1c.txt")),
        test::seedPath(QStringLiteral("003_e2e2177cc1a7e815.txt"))};
    const auto first
        = test::runBitext(QStringList {QStringLiteral("--library"), path, QStringLiteral("import")} + files);
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.trimmed().endsWith(QStringLiteral("Imported 2 documents.")));

    const auto again
        = test::runBitext(QStringList {QStringLiteral("--library"), path, QStringLiteral("import")} + files);
    CHECK(again.exitCode == 0);
    CHECK(again.out.trimmed().endsWith(QStringLiteral("Nothing imported: 2 already in the library.")));

    const auto json = test::runBitext(
        QStringList {QStringLiteral("--library"), path, QStringLiteral("import"), QStringLiteral("--json")} + files);
    CHECK(json.exitCode == 0);
    const QJsonArray results = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(results.size() == 2);
    for (const QJsonValue &value : results) {
        const QJsonObject r = value.toObject();
        CHECK(r.value(QStringLiteral("status")).toString() == QStringLiteral("skipped-duplicate"));
        CHECK(r.value(QStringLiteral("skipped")).toString() == QStringLiteral("already-in-library"));
        CHECK(r.value(QStringLiteral("id")).toInt() > 0);
    }
}
