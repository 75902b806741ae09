#include "models/import/importservice.h"
#include "models/store/documentrepository.h"
#include "models/store/speakerrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <thread>

using namespace bitext;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(test::dataPath(QStringLiteral("import/") + name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

ParsedDocument parseData(const QString &name, const QString &format = QString())
{
    return ImportService::parseBytes(readData(name), name, format);
}

QString parseError(const QString &name)
{
    try {
        parseData(name);
    } catch (const Error &e) {
        return e.message();
    }
    return QString();
}

} // namespace

TEST_CASE("SubRip cues become timed bilingual segments", "[import][formats]")
{
    const ParsedDocument p = parseData(QStringLiteral("subtitles.srt"));
    CHECK(p.document.format == QStringLiteral("srt"));
    REQUIRE(p.segments.size() == 3);
    CHECK(p.segments.at(0).zh == QStringLiteral("我们开始吧。"));
    CHECK(p.segments.at(0).en == QStringLiteral("Let's get started."));
    CHECK(p.segments.at(0).startMs == 1000);
    CHECK(p.segments.at(0).endMs == 3500);
    CHECK(p.segments.at(1).zh == QStringLiteral("这很重要 & 有趣"));
    CHECK(p.segments.at(1).en == QStringLiteral("This is important & fun"));
    CHECK(p.segments.at(2).startMs == ((1 * 60 + 2) * 60 + 3) * 1000 + 4);
    CHECK(p.segments.at(2).en.isEmpty());
}

TEST_CASE("WebVTT voices become speakers, notes and styles are skipped", "[import][formats]")
{
    const ParsedDocument p = parseData(QStringLiteral("voices.vtt"));
    CHECK(p.document.format == QStringLiteral("vtt"));
    REQUIRE(p.segments.size() == 2);
    CHECK(p.segments.at(0).speaker == QStringLiteral("Amanda Askell"));
    CHECK(p.segments.at(0).zh == QStringLiteral("我认为对齐是一个过程。"));
    CHECK(p.segments.at(0).en == QStringLiteral("I think alignment is a process."));
    CHECK(p.segments.at(0).startMs == 1000);
    CHECK(p.segments.at(1).speaker == QStringLiteral("Host"));
    CHECK(p.segments.at(1).zh == QStringLiteral("谢谢你 <来> 这里。"));
    CHECK(p.segments.at(1).en == QStringLiteral("Thanks for \"coming\" here."));
    CHECK(p.segments.at(1).startMs == 4500);
    CHECK(p.segments.at(1).endMs == 7000);
}

TEST_CASE("Name: text lines with timestamps and full-width colons", "[import][formats]")
{
    const ParsedDocument p = parseData(QStringLiteral("namecolon.txt"));
    CHECK(p.document.format == QStringLiteral("name-colon"));
    REQUIRE(p.segments.size() == 3);
    CHECK(p.segments.at(0).speaker == QStringLiteral("主持人"));
    CHECK(p.segments.at(0).zh == QStringLiteral("欢迎大家来到节目。"));
    CHECK(p.segments.at(0).en == QStringLiteral("Welcome, everyone, to the show."));
    CHECK(p.segments.at(0).startMs == 5000);
    CHECK(p.segments.at(1).speaker == QStringLiteral("Amanda"));
    CHECK(p.segments.at(1).startMs == 70000);
    CHECK(p.segments.at(1).en == QStringLiteral("Thanks for having me."));
    // A mixed line splits at its one script boundary; the unlabelled line continues it.
    CHECK(p.segments.at(2).zh == QStringLiteral("我还想补充一点。\n这一行没有名字，继续上一位的话。"));
    CHECK(p.segments.at(2).en == QStringLiteral("And I would like to add one more thing here."));
}

TEST_CASE("speaker turns: continuation paragraphs, inline Markdown and a mixed line", "[import][formats]")
{
    const ParsedDocument p = parseData(QStringLiteral("turns.md"));
    CHECK(p.document.format == QStringLiteral("speaker-turns"));
    REQUIRE(p.segments.size() == 3);
    CHECK(p.segments.at(1).zh == QStringLiteral("谢谢。真的很高兴来这里。\n第二段继续中文。"));
    CHECK(p.segments.at(1).en == QStringLiteral("Thanks. I am really glad to be here.\nA second English paragraph."));
    CHECK(p.segments.at(2).zh == QStringLiteral("我们开始吧。"));
    CHECK(p.segments.at(2).en == QStringLiteral("Let us begin the first part of the talk now."));
}

TEST_CASE("Markdown article fixture keeps metadata and speakers", "[import][formats]")
{
    const ParsedDocument p = parseData(QStringLiteral("article.md"));
    REQUIRE(p.segments.size() == 3);
    CHECK(p.sections.size() == 2);
    CHECK(p.document.title == QStringLiteral("测试文章"));
    CHECK(p.document.people == QStringList{QStringLiteral("Alice"), QStringLiteral("Bob")});
    CHECK(p.segments.at(0).zh == QStringLiteral("这是第一段，有强调。"));
    CHECK(p.segments.at(0).en == QStringLiteral("This is the \"first\" paragraph."));
    CHECK(p.segments.at(1).speaker == QStringLiteral("Alice"));
    CHECK(p.segments.at(1).zh == QStringLiteral("第二段由 Alice 说。"));
    CHECK(p.segments.at(2).sectionOrdinal == 1);
}

TEST_CASE("outline fixture drops chatter and assigns the glossed speaker", "[import][formats]")
{
    const ParsedDocument p = parseData(QStringLiteral("outline.md"));
    CHECK(p.document.format == QStringLiteral("outline"));
    REQUIRE(p.segments.size() == 5);
    CHECK(p.sections.size() == 3);
    CHECK(p.segments.at(0).speaker.isEmpty());
    CHECK(p.segments.at(1).speaker == QStringLiteral("王小明（Xiaoming Wang）"));
    CHECK(p.segments.at(2).zh == QStringLiteral("他認為應該先做實驗。"));
    CHECK(p.segments.at(4).zh == QStringLiteral("王小明的回應：我同意。"));
    CHECK(p.segments.at(4).speaker == QStringLiteral("王小明（Xiaoming Wang）"));
}

TEST_CASE("encodings are detected and converted", "[import][encodings]")
{
    const QString expected = QStringLiteral("我们今天讨论人工智能的对齐问题。这是一个非常重要的话题，很多研究人员都在关注。");
    struct Case
    {
        const char *file;
        const char *encoding;
    };
    for (const Case &c : {Case{"gbk.txt", "GB18030"}, Case{"utf16le.txt", "UTF-16LE"}, Case{"utf16be.txt", "UTF-16BE"},
                          Case{"utf8bom.txt", "UTF-8 (BOM)"}, Case{"crlf.txt", "UTF-8"}, Case{"cr.txt", "UTF-8"}}) {
        INFO(c.file);
        const ParsedDocument p = parseData(QLatin1String(c.file));
        CHECK(p.document.encoding == QLatin1String(c.encoding));
        REQUIRE(p.segments.size() == 2);
        CHECK(p.segments.at(0).zh == expected);
        CHECK_FALSE(p.segments.at(0).zh.contains(QLatin1Char('\r')));
    }
    const ParsedDocument big5 = parseData(QStringLiteral("big5.txt"));
    CHECK(big5.document.encoding == QStringLiteral("Big5"));
    REQUIRE(big5.segments.size() == 2);
    CHECK(big5.segments.at(1).zh == QStringLiteral("他說我們需要更多的時間來理解模型的行為。"));
}

TEST_CASE("bad input fails with FILE:LINE: reason", "[import][bad]")
{
    CHECK(parseError(QStringLiteral("empty.txt")).startsWith(QStringLiteral("empty.txt:1: the file is empty")));
    CHECK(parseError(QStringLiteral("binary.bin")).contains(QStringLiteral("binary file")));
    const QString truncated = parseError(QStringLiteral("truncated-utf8.txt"));
    CHECK(truncated.startsWith(QStringLiteral("truncated-utf8.txt:3: ")));
    CHECK(truncated.contains(QStringLiteral("UTF-8")));
    CHECK(parseError(QStringLiteral("unclosed-front-matter.md"))
              .startsWith(QStringLiteral("unclosed-front-matter.md:1: the front matter")));
    CHECK(parseError(QStringLiteral("unclosed-details.md")).startsWith(QStringLiteral("unclosed-details.md:9: this <details>")));
    CHECK(parseError(QStringLiteral("no-text.txt")).contains(QStringLiteral("no recognisable text")));
    CHECK(parseError(QStringLiteral("bad-yaml.md")).startsWith(QStringLiteral("bad-yaml.md:")));
    CHECK(parseError(QStringLiteral("bad-srt.srt")).startsWith(QStringLiteral("bad-srt.srt:2: cannot read the cue times")));
}

TEST_CASE("a 20 MB single line is refused quickly and nothing is stored", "[import][bad]")
{
    test::TemporaryLibrary lib;
    const QString path = lib.dir() + QStringLiteral("/huge.txt");
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QByteArray chunk = QStringLiteral("很长的一行").toUtf8().repeated(1000);
        for (int i = 0; i < 1400; ++i)
            file.write(chunk);
    }
    QElapsedTimer timer;
    timer.start();
    ImportService service(*lib);
    const ImportResult r = service.importFile(path, {});
    CHECK(timer.elapsed() < 10000);
    CHECK(r.status == ImportResult::Status::Failed);
    CHECK(r.message.contains(QStringLiteral("huge.txt:1: the line is")));
    CHECK(lib->documents().list().isEmpty());
}

TEST_CASE("every bad file stores nothing; cancellation stores nothing", "[import][bad]")
{
    test::TemporaryLibrary lib;
    ImportService service(*lib);
    for (const char *name : {"empty.txt", "binary.bin", "truncated-utf8.txt", "unclosed-front-matter.md",
                             "unclosed-details.md", "no-text.txt"}) {
        const ImportResult r = service.importFile(test::dataPath(QStringLiteral("import/") + QLatin1String(name)), {});
        INFO(name);
        CHECK(r.status == ImportResult::Status::Failed);
        CHECK(r.message.contains(QLatin1String(name)));
    }
    CHECK(lib->documents().list().isEmpty());

    std::atomic_bool cancel{false};
    ImportService::Options options;
    options.cancel = &cancel;
    QList<ImportProgress::Phase> phases;
    options.onProgress = [&](const ImportProgress &progress) {
        phases << progress.phase;
        if (progress.phase == ImportProgress::Phase::Storing && progress.done > 0)
            cancel = true; // after the rows were written, before the commit
    };
    const ImportResult r = service.importFile(test::seedPath(QStringLiteral("001_b20dc5de5308e2ee.txt")), options);
    CHECK(r.status == ImportResult::Status::Cancelled);
    CHECK(phases.contains(ImportProgress::Phase::Parsing));
    CHECK(lib->documents().list().isEmpty());
    CHECK(lib->speakers().list().isEmpty());

    cancel = false;
    options.onProgress = nullptr;
    const ImportResult ok = service.importFile(test::seedPath(QStringLiteral("001_b20dc5de5308e2ee.txt")), options);
    CHECK(ok.status == ImportResult::Status::Imported);
    CHECK(ok.speakers == QStringList{QStringLiteral("Host"), QStringLiteral("Amanda Askell")});
}

TEST_CASE("a worker thread imports through its own connection", "[import][thread]")
{
    test::TemporaryLibrary lib;
    QList<ImportResult> results;
    QList<qint64> progress;
    ImportService::Options options;
    options.onProgress = [&progress](const ImportProgress &p) {
        if (p.phase == ImportProgress::Phase::Parsing)
            progress << p.done;
    };
    std::thread worker([&] {
        results = ImportService::importWithOwnLibrary(
            lib.path(), QStringList{test::seedPath(QStringLiteral("002_1f521656fab2dc1c.txt")),
                                    test::dataPath(QStringLiteral("import/voices.vtt"))},
            options);
    });
    worker.join();
    REQUIRE(results.size() == 2);
    CHECK(results.at(0).status == ImportResult::Status::Imported);
    CHECK(results.at(1).status == ImportResult::Status::Imported);
    CHECK(progress.size() >= 3);
    CHECK(std::is_sorted(progress.cbegin(), progress.cend()));
    CHECK(lib->documents().list().size() == 2);
}
