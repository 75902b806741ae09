#include "models/analysis/stopwords.h"
#include "models/core/preferences.h"
#include "tests/support/testsupport.h"
#include "tests/support/wordsamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;

namespace {

ProcessResult report(const TemporaryLibrary &lib, const QStringList &arguments)
{
    return runBitext(QStringList {QStringLiteral("--library"), lib.path(), QStringLiteral("report")} + arguments);
}

QJsonArray jsonArray(const ProcessResult &result)
{
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8());
    REQUIRE(json.isArray());
    return json.array();
}

QJsonObject rowOf(const QJsonArray &rows, const QString &word)
{
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QStringLiteral("word")).toString() == word)
            return row.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("report frequency --json: word, count, rate, folded and without stop words", "[cli][report][words]")
{
    TemporaryLibrary lib;
    WordSamples samples(*lib);
    const QJsonArray rows = jsonArray(report(lib, {QStringLiteral("frequency"), QStringLiteral("--json")}));
    REQUIRE(!rows.isEmpty());
    CHECK(rows.first().toObject().keys()
        == QStringList {QStringLiteral("count"), QStringLiteral("rate"), QStringLiteral("word")});
    const QJsonObject alignment = rowOf(rows, QStringLiteral("alignment"));
    CHECK(alignment.value(QStringLiteral("count")).toInt() == 4);
    CHECK(alignment.value(QStringLiteral("rate")).toDouble() == Approx(4 * 10000.0 / 29));
    CHECK(rowOf(rows, QStringLiteral("对齐")).value(QStringLiteral("count")).toInt() == 3);
    CHECK(rowOf(rows, QStringLiteral("對齊")).isEmpty());
    CHECK(rowOf(rows, QStringLiteral("the")).isEmpty());
    CHECK(rowOf(rows, QStringLiteral("我们")).isEmpty());
    // Sorted by count, then word.
    for (int i = 1; i < rows.size(); ++i) {
        const QJsonObject a = rows.at(i - 1).toObject();
        const QJsonObject b = rows.at(i).toObject();
        const int ca = a.value(QStringLiteral("count")).toInt();
        const int cb = b.value(QStringLiteral("count")).toInt();
        CHECK((ca > cb
            || (ca == cb && a.value(QStringLiteral("word")).toString() < b.value(QStringLiteral("word")).toString())));
    }

    // Filters: one side, one speaker, one code.
    const QJsonArray zh = jsonArray(report(
        lib, {QStringLiteral("frequency"), QStringLiteral("--side"), QStringLiteral("zh"), QStringLiteral("--json")}));
    CHECK(rowOf(zh, QStringLiteral("对齐")).value(QStringLiteral("rate")).toDouble() == Approx(3 * 10000.0 / 18));
    CHECK(rowOf(zh, QStringLiteral("alignment")).isEmpty());
    const QJsonArray ana = jsonArray(report(lib,
        {QStringLiteral("frequency"), QStringLiteral("--speaker"), QStringLiteral("Ana"), QStringLiteral("--json")}));
    CHECK(rowOf(ana, QStringLiteral("alignment")).value(QStringLiteral("rate")).toDouble() == Approx(10000.0 / 9));
    const QJsonArray coded = jsonArray(report(lib,
        {QStringLiteral("frequency"), QStringLiteral("--tag"), QStringLiteral("Values"), QStringLiteral("--json")}));
    CHECK(rowOf(coded, QStringLiteral("对齐")).value(QStringLiteral("rate")).toDouble() == Approx(10000.0 / 5));

    // --by adds the group's name to each row.
    const QJsonArray byDocument = jsonArray(report(lib,
        {QStringLiteral("frequency"), QStringLiteral("--by"), QStringLiteral("document"), QStringLiteral("--json")}));
    int talkAlignment = 0;
    for (const QJsonValue &row : byDocument) {
        const QJsonObject object = row.toObject();
        if (object.value(QStringLiteral("document")).toString() == QStringLiteral("Talk")
            && object.value(QStringLiteral("word")).toString() == QStringLiteral("alignment"))
            talkAlignment = object.value(QStringLiteral("count")).toInt();
    }
    CHECK(talkAlignment == 3);

    // The text form is a table.
    const ProcessResult text = report(lib, {QStringLiteral("frequency")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("alignment")));
    CHECK(text.out.contains(QStringLiteral("29 unit"))); // "units" once the English plural catalogue has it
}

TEST_CASE("report frequency reads the stop words of the preferences", "[cli][report][words]")
{
    TemporaryLibrary lib;
    WordSamples samples(*lib);
    // The settings the bitext process reads: its own names, in this test's private HOME,
    // written as the window's Stop Words dialog writes them (StopWords::setList).
    QSettings bitextSettings(QStringLiteral("Bitext"), QStringLiteral("bitext"));
    {
        QSettings mine;
        StopWords::setList(Side::En, {QStringLiteral("alignment")});
        bitextSettings.setValue(Preferences::settingsKey(Preferences::Key::StopWordsEn),
            mine.value(Preferences::settingsKey(Preferences::Key::StopWordsEn)));
        bitextSettings.sync();
        StopWords::resetToDefaults();
    }
    const QJsonArray rows = jsonArray(report(lib, {QStringLiteral("frequency"), QStringLiteral("--json")}));
    CHECK(rowOf(rows, QStringLiteral("alignment")).isEmpty());
    CHECK(!rowOf(rows, QStringLiteral("and")).isEmpty()); // no longer a stop word
    CHECK(!rowOf(rows, QStringLiteral("对齐")).isEmpty());
    bitextSettings.clear();
}

TEST_CASE("report concordance --json: every occurrence in both scripts with its context", "[cli][report][words]")
{
    TemporaryLibrary lib;
    WordSamples samples(*lib);
    const QJsonArray lines
        = jsonArray(report(lib, {QStringLiteral("concordance"), QStringLiteral("价值观"), QStringLiteral("--json")}));
    REQUIRE(lines.size() == 1);
    const QJsonArray aligned = jsonArray(report(lib,
        {QStringLiteral("concordance"), QStringLiteral("對齊"), QStringLiteral("--side"), QStringLiteral("zh"),
            QStringLiteral("--json")}));
    REQUIRE(aligned.size() == 3);
    const QJsonObject first = aligned.first().toObject();
    QStringList keys = first.keys();
    keys.sort();
    CHECK(keys
        == QStringList {QStringLiteral("document"), QStringLiteral("document_id"), QStringLiteral("left"),
            QStringLiteral("length"), QStringLiteral("right"), QStringLiteral("segment"), QStringLiteral("segment_id"),
            QStringLiteral("side"), QStringLiteral("speaker"), QStringLiteral("start"), QStringLiteral("word")});
    CHECK(first.value(QStringLiteral("document")).toString() == QStringLiteral("Talk"));
    CHECK(first.value(QStringLiteral("document_id")).toVariant().toLongLong() == samples.talk);
    CHECK(first.value(QStringLiteral("segment")).toInt() == 0);
    CHECK(first.value(QStringLiteral("side")).toString() == QStringLiteral("zh"));
    CHECK(first.value(QStringLiteral("speaker")).toString() == QStringLiteral("Ana"));
    CHECK(first.value(QStringLiteral("left")).toString() == QStringLiteral("我们研究"));
    CHECK(first.value(QStringLiteral("word")).toString() == QStringLiteral("对齐"));
    CHECK(first.value(QStringLiteral("right")).toString() == QStringLiteral("。"));
    CHECK(first.value(QStringLiteral("start")).toInt() == 4);
    CHECK(first.value(QStringLiteral("length")).toInt() == 2);
    CHECK(aligned.at(1).toObject().value(QStringLiteral("word")).toString() == QStringLiteral("對齊"));

    const ProcessResult text = report(lib, {QStringLiteral("concordance"), QStringLiteral("alignment")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("We study [alignment].")));
}

TEST_CASE("report frequency and concordance refuse what does not apply", "[cli][report][words]")
{
    TemporaryLibrary lib;
    CHECK(report(lib, {QStringLiteral("frequency"), QStringLiteral("--by"), QStringLiteral("colour")}).exitCode == 2);
    CHECK(report(lib, {QStringLiteral("frequency"), QStringLiteral("--context"), QStringLiteral("5")}).exitCode == 2);
    CHECK(report(lib, {QStringLiteral("frequency"), QStringLiteral("word")}).exitCode == 2);
    CHECK(report(lib, {QStringLiteral("concordance")}).exitCode == 2);
    CHECK(report(lib,
              {QStringLiteral("concordance"), QStringLiteral("x"), QStringLiteral("--by"), QStringLiteral("speaker")})
              .exitCode
        == 2);
    CHECK(
        report(lib, {QStringLiteral("frequency"), QStringLiteral("--min-length"), QStringLiteral("-1")}).exitCode == 2);
}
