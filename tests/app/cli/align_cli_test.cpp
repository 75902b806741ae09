// `bitext align`: the real binary pairs two files into a document and attaches a file to
// a one-language one, printing the pairs as text or JSON; bad input exits 1 or 2.
#include "models/align/lengthaligner.h"
#include "models/align/sentencesplitter.h"
#include "models/annotate/anchor.h"
#include "models/import/importservice.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;

namespace {

const QString kZh
    = QStringLiteral("我们在2019年开始研究这个问题。\n\n这是一个很长的段落，讲的是语言模型如何学习世界知识，"
                     "以及为什么规模很重要。\n\n谢谢大家。\n");
const QString kEn = QStringLiteral("We started working on this problem in 2019.\n\nThis is a long paragraph about how "
                                   "language models learn knowledge of the world, and why scale matters.\n\n"
                                   "Thank you all.\n");

// A closed library for the binary and the two sides of a short talk.
struct Talk
{
    Talk() { lib.close(); }
    TemporaryLibrary lib;
    QTemporaryDir dir;
    QString zh = writeTextFile(dir, QStringLiteral("talk.zh.txt"), kZh);
    QString en = writeTextFile(dir, QStringLiteral("talk.en.txt"), kEn);
    // `bitext --library LIB align ARGUMENTS...`
    ProcessResult align(const QStringList &arguments) const
    {
        return runBitext(QStringList {QStringLiteral("--library"), lib.path(), QStringLiteral("align")} + arguments);
    }
};

} // namespace

TEST_CASE("bitext align ZH_FILE EN_FILE --json prints the new document's pairs", "[cli][align]")
{
    const Talk talk;
    const QString &zh = talk.zh;
    const QString &en = talk.en;
    const ProcessResult r = talk.align({zh, en, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("document")).toInt() > 0);
    CHECK(!o.value(QStringLiteral("title")).toString().isEmpty());
    CHECK(o.value(QStringLiteral("pairs")).toInt() == 3);
    CHECK(o.value(QStringLiteral("low_confidence")).isDouble());
    const QJsonArray segments = o.value(QStringLiteral("segments")).toArray();
    REQUIRE(segments.size() == 3);
    const QJsonObject last = segments.at(2).toObject();
    CHECK(last.value(QStringLiteral("zh")).toString() == QStringLiteral("谢谢大家。"));
    CHECK(last.value(QStringLiteral("en")).toString() == QStringLiteral("Thank you all."));
    CHECK(last.value(QStringLiteral("confidence")).isDouble());
    for (const char *key : {"start_ms", "end_ms", "index", "untranslated"})
        CHECK(last.contains(QLatin1String(key)));

    // The text form: one line per pair with its confidence.
    const QString other = writeTextFile(talk.dir, QStringLiteral("other.zh.txt"), QStringLiteral("你好。\n"));
    const QString otherEn = writeTextFile(talk.dir, QStringLiteral("other.en.txt"), QStringLiteral("Hello.\n"));
    const ProcessResult text = talk.align({other, otherEn});
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("1 pair")));
    CHECK(text.out.contains(QStringLiteral("你好。")));
    CHECK(text.out.contains(QStringLiteral("Hello.")));
}

TEST_CASE("bitext align --document attaches English to 002 and keeps its annotations", "[cli][align]")
{
    TemporaryLibrary lib;
    const ImportResult imported
        = ImportService(*lib).importFile(seedPath(QStringLiteral("002_1f521656fab2dc1c.txt")), {});
    REQUIRE(imported.documentId > 0);
    const qint64 id = imported.documentId;
    const QList<Segment> before = lib->documents().segments(id);
    const SideText zhText(before, Side::Zh);
    const Annotation a = Anchor::create(zhText, id, {30, 0}, {30, qMin(3, zhText.codePointLength(30))});
    const qint64 annotation = lib->annotations().create(a);
    lib.close();

    // The English side: the first 100 lines in a stand-in translation, the rest left out
    // (a transcript translated in part).
    QStringList lines;
    for (int i = 0; i < 100; ++i)
        lines << QStringLiteral("Line %1 says something of about the right length here.").arg(i);
    QTemporaryDir dir;
    const QString english = writeTextFile(dir, QStringLiteral("002.en.txt"), lines.join(QLatin1Char('\n')));
    const ProcessResult r = runBitext({QStringLiteral("--library"), lib.path(), QStringLiteral("align"),
        QStringLiteral("--document"), QString::number(id), english, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("document")).toInt() == id);
    const QJsonArray segments = o.value(QStringLiteral("segments")).toArray();
    CHECK(segments.size() == o.value(QStringLiteral("pairs")).toInt());
    QString zh;
    int withEnglish = 0;
    for (const QJsonValue &v : segments) {
        zh += v.toObject().value(QStringLiteral("zh")).toString();
        withEnglish += v.toObject().value(QStringLiteral("en")).toString().isEmpty() ? 0 : 1;
    }
    QString zhBefore;
    for (const Segment &s : before)
        zhBefore += s.zh;
    CHECK(zh == zhBefore);
    CHECK(withEnglish > 0);

    lib.reopen();
    const auto kept = lib->annotations().find(annotation);
    REQUIRE(kept);
    CHECK_FALSE(kept->orphaned);
    CHECK(kept->quote == a.quote);
    lib.close();

    // Again: the document now has both languages.
    const ProcessResult again = runBitext({QStringLiteral("--library"), lib.path(), QStringLiteral("align"),
        QStringLiteral("--document"), QString::number(id), english});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already has both")));
}

TEST_CASE("bitext align refuses wrong arguments and bad files", "[cli][align]")
{
    const Talk talk;
    const QString &zh = talk.zh;
    const QString &en = talk.en;
    const auto run = [&talk](const QStringList &arguments) { return talk.align(arguments); };
    CHECK(run({zh}).exitCode == 2);
    CHECK(run({QStringLiteral("--document"), QStringLiteral("1"), zh, en}).exitCode == 2);
    // Swapped files: the reason, with the file and line.
    const ProcessResult swapped = run({en, zh});
    CHECK(swapped.exitCode == 1);
    CHECK(swapped.err.contains(en + QStringLiteral(":1:")));
    const ProcessResult missing = run({zh, talk.dir.filePath(QStringLiteral("nothing.txt"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("nothing.txt")));
    const ProcessResult noDocument = run({QStringLiteral("--document"), QStringLiteral("#99"), en});
    CHECK(noDocument.exitCode == 1);
}

namespace {

QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

// A seed taken apart as the issue describes (a Chinese file with one paragraph a line,
// an English file with one sentence a line and no speakers) and paired again, by the
// real binary and by LengthAligner itself on the same lines: the share of the original
// segments each finds again exactly.
struct RoundTrip
{
    double byBinary = 0;
    double byAligner = 0;
};

RoundTrip roundTrip(const QString &seed)
{
    QFile file(seedPath(seed));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const ParsedDocument original = ImportService::parseBytes(file.readAll(), seed, QString());
    QStringList zhLines;
    QStringList enLines;
    QSet<QString> expected;
    for (const Segment &s : original.segments) {
        zhLines << QString(s.zh).replace(QLatin1Char('\n'), QLatin1Char(' '));
        enLines << SentenceSplitter::split(s.en, Side::En);
        expected.insert(squeezed(s.zh) + QLatin1Char('|') + squeezed(s.en));
    }
    const auto share = [&](const QList<QPair<QString, QString>> &pairs) {
        int exact = 0;
        for (const auto &[zh, en] : pairs)
            exact += expected.contains(squeezed(zh) + QLatin1Char('|') + squeezed(en)) ? 1 : 0;
        return double(exact) / original.segments.size();
    };

    const Talk talk;
    const QString zh = writeTextFile(talk.dir, QStringLiteral("zh.txt"), zhLines.join(QLatin1Char('\n')));
    const QString en = writeTextFile(talk.dir, QStringLiteral("en.txt"), enLines.join(QLatin1Char('\n')));
    const ProcessResult r = talk.align({zh, en, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QList<QPair<QString, QString>> stored;
    for (const QJsonValue &v :
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("segments")).toArray())
        stored << qMakePair(v[QStringLiteral("zh")].toString(), v[QStringLiteral("en")].toString());

    const auto units = [](const QStringList &lines) {
        QList<AlignUnit> list;
        for (const QString &line : lines)
            list.append({line.trimmed(), {}, {}, QString(), 0});
        return list;
    };
    QList<QPair<QString, QString>> aligned;
    for (const AlignedPair &pair : LengthAligner::align(units(zhLines), units(enLines))) {
        QString zhText;
        QString enText;
        for (const int i : pair.zh)
            zhText += zhLines.at(i);
        for (const int i : pair.en)
            enText += enLines.at(i);
        aligned << qMakePair(zhText, enText);
    }
    return {share(stored), share(aligned)};
}

} // namespace

TEST_CASE("seeds split into a Chinese and an English file are paired back by bitext align", "[cli][align][seeds]")
{
    // The target is 95% for each, LengthAligner's to reach (its quality test is
    // tests/models/align/seedalignment_test.cpp); reading, pairing and storing the files
    // must lose nothing of what it finds on the same lines.
    for (const QString &seed : {QStringLiteral("000_f1a85dea575bd100.txt"), QStringLiteral("001_b20dc5de5308e2ee.txt"),
             QStringLiteral("003_e2e2177cc1a7e815.txt")}) {
        const RoundTrip result = roundTrip(seed);
        WARN(seed.toStdString() << ": " << result.byBinary * 100 << "% of segments paired exactly ("
                                << result.byAligner * 100 << "% by LengthAligner on the same lines)");
        CHECK(result.byBinary >= result.byAligner);
        CHECK(result.byBinary > 0.3);
    }
}
