// Issue 19: `bitext report agreement`, the real binary on a hand-made library.
#include "models/store/library.h"
#include "tests/support/codedtext.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace bitext;

TEST_CASE("report agreement gives the worked example's figures as JSON and as a table", "[report][agreement]")
{
    test::TemporaryLibrary lib;
    const test::WorkedExample example(*lib);
    // A second document coded by Ana only: no comparison.
    const qint64 other
        = test::addTextDocument(*lib, QStringLiteral("Alone"), {{QStringLiteral("一二三四五"), QString()}});
    test::codeRange(*lib, other, Side::Zh, QStringLiteral("Ana"), {example.risk}, 0, 0, 0, 2);
    const QString path = lib.path();

    const auto json = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("report"),
        QStringLiteral("agreement"), QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(rows.size() == 1);
    const QJsonObject row = rows.first().toObject();
    CHECK(row.value(QStringLiteral("document")).toString() == QStringLiteral("Hundred"));
    CHECK(qint64(row.value(QStringLiteral("document_id")).toDouble()) == example.document);
    CHECK(row.value(QStringLiteral("code")).toString() == QStringLiteral("Risk"));
    CHECK(row.value(QStringLiteral("coder_a")).toString() == QStringLiteral("Ana"));
    CHECK(row.value(QStringLiteral("coder_b")).toString() == QStringLiteral("Ben"));
    CHECK(row.value(QStringLiteral("agreement")).toDouble() == Approx(0.6));
    CHECK(row.value(QStringLiteral("kappa")).toDouble() == Approx(0.08 / 0.48));
    CHECK(row.value(QStringLiteral("both")).toInt() == 20);
    CHECK(row.value(QStringLiteral("a_only")).toInt() == 20);
    CHECK(row.value(QStringLiteral("b_only")).toInt() == 20);
    CHECK(row.value(QStringLiteral("neither")).toInt() == 40);
    const QJsonArray passages = row.value(QStringLiteral("disagreements")).toArray();
    REQUIRE(passages.size() == 2);
    CHECK(passages.at(0).toObject().value(QStringLiteral("coder")).toString() == QStringLiteral("Ana"));
    CHECK(passages.at(1).toObject().value(QStringLiteral("start")).toInt() == 40);
    CHECK(passages.at(1).toObject().value(QStringLiteral("length")).toInt() == 20);

    const auto table
        = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("report"), QStringLiteral("agreement")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Hundred")));
    CHECK(table.out.contains(QStringLiteral("60.0%")));
    CHECK(table.out.contains(QStringLiteral("0.167")));

    // --document narrows: the document with one coder has nothing to compare.
    const auto alone = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("report"),
        QStringLiteral("agreement"), QStringLiteral("--document"), QStringLiteral("Alone"), QStringLiteral("--json")});
    REQUIRE(alone.exitCode == 0);
    CHECK(QJsonDocument::fromJson(alone.out.toUtf8()).array().isEmpty());
    const auto empty = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("report"),
        QStringLiteral("agreement"), QStringLiteral("--document"), QStringLiteral("Alone")});
    CHECK(empty.out.contains(QStringLiteral("two or more people")));

    // An argument agreement does not take is a usage error.
    const auto extra = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("report"),
        QStringLiteral("agreement"), QStringLiteral("x")});
    CHECK(extra.exitCode == 2);
}
