#include "tests/models/export/exportfixture.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;

TEST_CASE("bitext export writes every format headless", "[export][cli]")
{
    test::AnnotatedLibrary fx;
    QTemporaryDir dir;
    for (const QString &format :
        {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("csv"), QStringLiteral("pdf"),
            QStringLiteral("odt"), QStringLiteral("json"), QStringLiteral("qdc"), QStringLiteral("qdpx")}) {
        const QString out = dir.filePath(QStringLiteral("notes.") + format);
        const auto result = test::runBitext({QStringLiteral("--library"), fx.lib.path(), QStringLiteral("export"),
            QStringLiteral("--format"), format, QStringLiteral("--output"), out, QStringLiteral("--json")});
        INFO(format.toStdString() << ": " << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
        CHECK(summary.value(QStringLiteral("quotes")).toInt() == fx.quotes);
        CHECK(summary.value(QStringLiteral("documents")).toInt() == 2);
        CHECK(QFileInfo(out).size() > 200);
        // Notes are rendered without a Qt warning on stderr.
        CHECK_FALSE(result.err.contains(QStringLiteral("QFont")));
    }
}

TEST_CASE("bitext export scopes by document and tag and reports bad arguments", "[export][cli]")
{
    test::AnnotatedLibrary fx;
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.csv"));
    auto result = test::runBitext(
        {QStringLiteral("--library"), fx.lib.path(), QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--output"), out, QStringLiteral("--document"),
            QStringLiteral("对齐研究笔记"), QStringLiteral("--tag"), QStringLiteral("Safety research"),
            QStringLiteral("--group-by"), QStringLiteral("tag"), QStringLiteral("--without-translation")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = test::parseCsv(QString::fromUtf8(file.readAll().mid(3)));
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).at(4) == QStringLiteral("可扩展监督是一个开放问题"));
    CHECK(rows.at(1).at(5).isEmpty());

    result = test::runBitext({QStringLiteral("--library"), fx.lib.path(), QStringLiteral("export"),
        QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--output"), out});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("docx")));
    result = test::runBitext(
        {QStringLiteral("--library"), fx.lib.path(), QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("md"), QStringLiteral("--output"), out, QStringLiteral("--tag"), QStringLiteral("Nope")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("Nope")));
    result = test::runBitext(
        {QStringLiteral("--library"), fx.lib.path(), QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("md"), QStringLiteral("--output"), dir.filePath(QStringLiteral("no/such/dir.md"))});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("dir.md")));
}
