#include "models/analysis/codingmatrix.h"
#include "models/analysis/matrixcsv.h"
#include "tests/support/annotatedsamples.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;

namespace {

struct Samples
{
    TemporaryLibrary lib;
    AnnotatedSamples samples {lib.library()};

    ProcessResult report(const QStringList &arguments)
    {
        return runBitext(
            QStringList {QStringLiteral("--library"), lib.path(), QStringLiteral("report"), QStringLiteral("matrix")}
            + arguments);
    }
    QJsonArray rows(const QStringList &arguments)
    {
        const ProcessResult r = report(arguments + QStringList {QStringLiteral("--json")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QJsonDocument json = QJsonDocument::fromJson(r.out.toUtf8());
        REQUIRE(json.isObject());
        REQUIRE(json.object().keys() == QStringList {QStringLiteral("rows")});
        return json.object().value(QStringLiteral("rows")).toArray();
    }
    static QJsonObject row(const QJsonArray &rows, const QString &code)
    {
        for (const QJsonValue &row : rows) {
            if (row.toObject().value(QStringLiteral("code")).toString() == code)
                return row.toObject().value(QStringLiteral("cells")).toObject();
        }
        FAIL("no row " << code.toStdString());
        return {};
    }
};

const QString kColumns = QStringLiteral("--columns");

} // namespace

TEST_CASE("report matrix --json: one row per code, cells named by speaker, document or code", "[report][matrix]")
{
    Samples s;
    QJsonArray rows = s.rows({QStringLiteral("--rows"), QStringLiteral("codes"), kColumns, QStringLiteral("speakers")});
    QStringList codes;
    for (const QJsonValue &row : rows) {
        codes << row.toObject().value(QStringLiteral("code")).toString();
        CHECK(row.toObject().keys() == QStringList {QStringLiteral("cells"), QStringLiteral("code")});
    }
    CHECK(codes
        == QStringList {QStringLiteral("Method"), QStringLiteral("Personality"), QStringLiteral("Safety"),
            QStringLiteral("Safety/Oversight"), QStringLiteral("Values"), QStringLiteral("Values/Honesty")});
    // Personality, counted by hand in the samples: the Host's 让 Claude 变好; Amanda's
    // 研究模型的, "character of models" and 善良的人; the Moderator's "the philosopher king".
    const QJsonObject personality = Samples::row(rows, QStringLiteral("Personality"));
    CHECK(personality.value(QStringLiteral("Host")) == QJsonValue(1));
    CHECK(personality.value(QStringLiteral("Amanda Askell")) == QJsonValue(3));
    CHECK(personality.value(QStringLiteral("Moderator")) == QJsonValue(1));
    CHECK(personality.value(QStringLiteral("Josh")) == QJsonValue(0));
    CHECK(personality.value(QStringLiteral("Host")).isDouble());
    // The zh quote over two segments (the Host's question, Amanda's 好问题) counts for both.
    const QJsonObject method = Samples::row(rows, QStringLiteral("Method"));
    CHECK(method.value(QStringLiteral("Host")) == QJsonValue(2)); // both spanning quotes start with the Host
    CHECK(method.value(QStringLiteral("Amanda Askell")) == QJsonValue(6));

    rows = s.rows({kColumns, QStringLiteral("documents")});
    const QJsonObject byDocument = Samples::row(rows, QStringLiteral("Personality"));
    CHECK(byDocument.size() == 2);
    int total = 0;
    for (const QJsonValue &value : byDocument)
        total += value.toInt();
    CHECK(total == 5);

    rows = s.rows({kColumns, QStringLiteral("codes")});
    // 伦理学其实…更像物理学 (Method, Ana) holds 更像物理学 (Values, Ben): a pair; and the zh
    // quote over two segments carries both; plus the Values quotes sharing a segment with
    // a Method quote. Symmetric, whatever the figure.
    CHECK(Samples::row(rows, QStringLiteral("Method")).value(QStringLiteral("Values"))
        == Samples::row(rows, QStringLiteral("Values")).value(QStringLiteral("Method")));
    CHECK(Samples::row(rows, QStringLiteral("Personality")).value(QStringLiteral("Personality")) == QJsonValue(5));
}

TEST_CASE("report matrix gives the numbers CodingMatrix computes, coverage as a fraction", "[report][matrix]")
{
    Samples s;
    const QJsonArray rows = s.rows({kColumns, QStringLiteral("speakers"), QStringLiteral("--coverage"),
        QStringLiteral("--author"), QStringLiteral("Ana"), QStringLiteral("--side"), QStringLiteral("zh")});
    AnalysisFilter filter;
    filter.authors = QStringList {QStringLiteral("Ana")};
    filter.side = Side::Zh;
    CodingMatrix matrix(s.lib.library());
    const MatrixTable &table = matrix.compute(filter, MatrixColumns::Speakers, MatrixMeasure::Coverage);
    REQUIRE(rows.size() == table.rowCount());
    bool someCoverage = false;
    for (int r = 0; r < table.rowCount(); ++r) {
        const QJsonObject cells = Samples::row(rows, table.rowLabels.at(r));
        REQUIRE(cells.size() == table.columnCount());
        for (int c = 0; c < table.columnCount(); ++c) {
            const double value = cells.value(table.columnLabels.at(c)).toDouble(-1);
            CHECK(value == Approx(table.value(r, c)));
            CHECK(value >= 0);
            CHECK(value <= 1);
            someCoverage = someCoverage || value > 0;
        }
    }
    CHECK(someCoverage);
}

TEST_CASE("report matrix --csv prints the CSV Export CSV… writes", "[report][matrix]")
{
    Samples s;
    // The raw bytes: ProcessResult's text has lost the BOM in decoding.
    const std::unique_ptr<QProcess> process = startBitext(
        {QStringLiteral("--library"), s.lib.path(), QStringLiteral("report"), QStringLiteral("matrix"), kColumns,
            QStringLiteral("documents"), QStringLiteral("--csv"), QStringLiteral("--tag"), QStringLiteral("Safety")});
    REQUIRE(process);
    REQUIRE(process->waitForFinished(120000));
    REQUIRE(process->exitCode() == 0);
    const QByteArray out = process->readAllStandardOutput();
    AnalysisFilter filter;
    filter.tagIds = {s.samples.safety};
    CodingMatrix matrix(s.lib.library());
    const QByteArray expected
        = MatrixCsv::render(matrix.compute(filter, MatrixColumns::Documents, MatrixMeasure::Count));
    CHECK(out.startsWith("\xEF\xBB\xBF"));
    CHECK(out == expected);
    CHECK(out.contains("\r\nSafety/Oversight,"));
}

TEST_CASE("report matrix refuses what it cannot do, saying why", "[report][matrix]")
{
    Samples s;
    const auto refused = [&](const QStringList &arguments, const QString &message, int code = 2) {
        const ProcessResult r = s.report(arguments);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == code);
        CHECK(r.err.contains(message));
        CHECK(r.out.isEmpty());
    };
    refused({QStringLiteral("--json")}, QStringLiteral("--columns speakers, documents or codes"));
    refused({kColumns, QStringLiteral("coders"), QStringLiteral("--json")}, QStringLiteral("not 'coders'"));
    refused({kColumns, QStringLiteral("codes")}, QStringLiteral("--json or --csv"));
    refused({kColumns, QStringLiteral("codes"), QStringLiteral("--json"), QStringLiteral("--csv")},
        QStringLiteral("not both"));
    refused({QStringLiteral("--rows"), QStringLiteral("speakers"), kColumns, QStringLiteral("codes"),
                QStringLiteral("--json")},
        QStringLiteral("--rows expects codes"));
    refused({QStringLiteral("extra"), kColumns, QStringLiteral("codes"), QStringLiteral("--json")},
        QStringLiteral("takes no arguments"));
    refused({kColumns, QStringLiteral("codes"), QStringLiteral("--json"), QStringLiteral("--tag"),
                QStringLiteral("Nonsense")},
        QStringLiteral("There is no tag 'Nonsense'"), 1);
}
