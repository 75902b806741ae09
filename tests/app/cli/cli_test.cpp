#include "models/store/documentrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace bitext;

TEST_CASE("list --json on a new library prints [] and creates the file", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/x.sqlite"));
    const auto result = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("list"), QStringLiteral("--json")});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.trimmed() == QStringLiteral("[]"));
    CHECK(QFile::exists(path));
}

TEST_CASE("BITEXT_LIBRARY chooses the library and --version/--help work headless", "[cli]")
{
    const auto version = test::runBitext({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("bitext ")));

    const auto help = test::runBitext({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("list")));
    CHECK(help.out.contains(QStringLiteral("show")));

    const auto showHelp = test::runBitext({QStringLiteral("show"), QStringLiteral("--help")});
    CHECK(showHelp.exitCode == 0);
    CHECK(showHelp.out.contains(QStringLiteral("DOC")));
}

TEST_CASE("list and show print documents and segments as JSON", "[cli]")
{
    test::TemporaryLibrary lib;
    ParsedDocument p;
    p.document.title = QStringLiteral("对齐 talk");
    p.document.format = QStringLiteral("speaker-turns");
    p.document.sourceFile = QStringLiteral("talk.txt");
    p.document.date = QStringLiteral("2025-11-17");
    p.document.languages = QStringList{QStringLiteral("zh"), QStringLiteral("en")};
    p.sections << Section{0, 0, 0, QStringLiteral("Intro"), 3};
    Segment s;
    s.sectionOrdinal = 0;
    s.speaker = QStringLiteral("Host");
    s.zh = QStringLiteral("你好");
    s.en = QStringLiteral("Hello");
    s.startMs = 1500;
    p.segments << s;
    s.speaker.clear();
    s.zh = QStringLiteral("再见");
    s.en.clear();
    s.startMs.reset();
    p.segments << s;
    const qint64 id = lib->documents().insert(p);
    lib.close();

    const auto list = test::runBitext({QStringLiteral("--library"), lib.path(), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray docs = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(docs.size() == 1);
    const QJsonObject d = docs.at(0).toObject();
    CHECK(d.value(QStringLiteral("id")).toInt() == id);
    CHECK(d.value(QStringLiteral("title")).toString() == QStringLiteral("对齐 talk"));
    CHECK(d.value(QStringLiteral("segments")).toInt() == 2);
    CHECK(d.value(QStringLiteral("speakers")).toArray().size() == 1);
    CHECK(d.value(QStringLiteral("date")).toString() == QStringLiteral("2025-11-17"));
    for (const char *key : {"format", "languages", "source", "tags"})
        CHECK(d.contains(QLatin1String(key)));

    const auto show = test::runBitext({QStringLiteral("--library"), lib.path(), QStringLiteral("show"),
                                       QString::number(id), QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(show.out.toUtf8()).object();
    const QJsonArray segments = doc.value(QStringLiteral("segments")).toArray();
    REQUIRE(segments.size() == 2);
    const QJsonObject first = segments.at(0).toObject();
    CHECK(first.value(QStringLiteral("index")).toInt() == 0);
    CHECK(first.value(QStringLiteral("section")).toString() == QStringLiteral("Intro"));
    CHECK(first.value(QStringLiteral("speaker")).toString() == QStringLiteral("Host"));
    CHECK(first.value(QStringLiteral("zh")).toString() == QStringLiteral("你好"));
    CHECK(first.value(QStringLiteral("en")).toString() == QStringLiteral("Hello"));
    CHECK(first.value(QStringLiteral("start_ms")).toInt() == 1500);
    CHECK(first.value(QStringLiteral("end_ms")).isNull());
    CHECK(segments.at(1).toObject().value(QStringLiteral("speaker")).isNull());

    // By title, and the human-readable form.
    const auto byTitle = test::runBitext({QStringLiteral("--library"), lib.path(), QStringLiteral("show"), QStringLiteral("对齐")});
    CHECK(byTitle.exitCode == 0);
    CHECK(byTitle.out.contains(QStringLiteral("你好")));
}

TEST_CASE("CLI errors go to stderr with a non-zero status", "[cli]")
{
    test::TemporaryLibrary lib;
    lib.close();
    const auto missing = test::runBitext({QStringLiteral("--library"), lib.path(), QStringLiteral("show"), QStringLiteral("42")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err.contains(QStringLiteral("42")));

    const auto unknown = test::runBitext({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));

    const auto usage = test::runBitext({QStringLiteral("--library"), lib.path(), QStringLiteral("show")});
    CHECK(usage.exitCode == 2);

    QTemporaryDir dir;
    const auto folder = test::runBitext({QStringLiteral("--library"), dir.path(), QStringLiteral("list")});
    CHECK(folder.exitCode == 1);
    CHECK_FALSE(folder.err.isEmpty());
}
