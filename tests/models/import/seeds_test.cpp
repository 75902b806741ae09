#include "models/import/importservice.h"
#include "models/store/documentrepository.h"
#include "models/store/speakerrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QMap>

using namespace bitext;

namespace {

QByteArray readSeed(const QString &name)
{
    QFile file(test::seedPath(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

ParsedDocument parseSeed(const QString &name)
{
    return ImportService::parseBytes(readSeed(name), name, QString());
}

QMap<QString, int> turnCounts(const ParsedDocument &p)
{
    QMap<QString, int> counts;
    for (const Segment &s : p.segments)
        ++counts[s.speaker];
    return counts;
}

bool hasMarkup(const QString &text)
{
    return text.contains(QStringLiteral("**")) || text.contains(QLatin1String("<p")) || text.contains(QLatin1String("</"));
}

} // namespace

TEST_CASE("000: Markdown article with front matter and <details> originals", "[import][seeds]")
{
    const ParsedDocument p = parseSeed(QStringLiteral("000_f1a85dea575bd100.txt"));
    CHECK(p.document.format == QStringLiteral("markdown-article"));
    CHECK(p.document.encoding == QStringLiteral("UTF-8"));
    REQUIRE(p.segments.size() == 104);
    CHECK(p.sections.size() == 11);
    CHECK(p.document.title == QStringLiteral("Emmett Shear 论 AI 对齐：超越驾驭与控制，构建真正关心人类的 AI"));
    CHECK(p.document.date == QStringLiteral("2025-11-17"));
    CHECK(p.document.sourceUrl == QStringLiteral("https://www.youtube.com/watch?v=Ua8nPJ1_yk8"));
    CHECK(p.document.people.size() == 5);
    CHECK(p.document.people.first() == QStringLiteral("Emmett Shear"));
    CHECK(p.document.keywords.contains(QStringLiteral("ai-alignment")));
    CHECK(p.document.summary.startsWith(QStringLiteral("Emmett Shear 深入探讨")));
    CHECK(p.document.metadata.value(QStringLiteral("layout")).toString() == QStringLiteral("post.njk"));
    CHECK(p.document.languages == QStringList{QStringLiteral("zh"), QStringLiteral("en")});
    for (const Segment &s : p.segments) {
        INFO(s.sourceLine);
        CHECK(!s.zh.isEmpty());
        CHECK(!s.en.isEmpty());
        CHECK_FALSE(hasMarkup(s.zh));
        CHECK_FALSE(hasMarkup(s.en));
    }
    CHECK(p.segments.first().zh.startsWith(QStringLiteral("目前大多数关于 AI 的研究都将对齐（Alignment")));
    CHECK(p.segments.first().en.startsWith(QStringLiteral("Most of the AI is focused on alignment")));
    CHECK(p.segments.first().sectionOrdinal == 0);
    CHECK(p.segments.last().sectionOrdinal == 10);
    // Labelled paragraphs name their speaker, who keeps the floor until the next label.
    CHECK(p.segments.first().speaker.isEmpty());
    CHECK(p.segments.last().speaker == QStringLiteral("Emmett Shear"));
    CHECK(p.segments.last().zh == QStringLiteral("谢谢你的邀请。"));
    CHECK(p.segments.at(p.segments.size() - 2).speaker == QStringLiteral("主持人"));
}

TEST_CASE("001: speaker turns, Chinese line then English line", "[import][seeds]")
{
    const ParsedDocument p = parseSeed(QStringLiteral("001_b20dc5de5308e2ee.txt"));
    CHECK(p.document.format == QStringLiteral("speaker-turns"));
    REQUIRE(p.segments.size() == 147);
    const auto counts = turnCounts(p);
    CHECK(counts.value(QStringLiteral("Host")) == 55);
    CHECK(counts.value(QStringLiteral("Amanda Askell")) == 92);
    CHECK(counts.size() == 2);
    for (const Segment &s : p.segments) {
        INFO(s.sourceLine);
        CHECK(!s.zh.isEmpty());
        CHECK(!s.en.isEmpty());
        CHECK_FALSE(s.zh.contains(QLatin1Char('*')));
        CHECK_FALSE(s.en.contains(QStringLiteral("**")));
    }
    CHECK(p.segments.at(1).zh == QStringLiteral("好的。"));
    CHECK(p.segments.at(1).en == QStringLiteral("Nice."));
    CHECK(p.segments.at(1).sourceLine == 3);
}

TEST_CASE("002: plain ASR lines, spaces between Han removed, original kept", "[import][seeds]")
{
    const ParsedDocument p = parseSeed(QStringLiteral("002_1f521656fab2dc1c.txt"));
    CHECK(p.document.format == QStringLiteral("plain"));
    REQUIRE(p.segments.size() == 683);
    CHECK(p.document.languages == QStringList{QStringLiteral("zh")});
    const Segment &s = p.segments.at(6);
    CHECK(s.zh.contains(QStringLiteral("我感觉这本该是件大事")));
    CHECK(s.zhOriginal.contains(QStringLiteral("我 感觉这本该是件大事")));
    // Spaces after punctuation are not between two Han characters and stay.
    CHECK(p.segments.at(7).zh.contains(QStringLiteral("嗯。 但它")));
    int cleaned = 0;
    for (const Segment &seg : p.segments) {
        CHECK(seg.en.isEmpty());
        CHECK(seg.speaker.isEmpty());
        if (!seg.zhOriginal.isEmpty())
            ++cleaned;
    }
    CHECK(cleaned > 10);
}

TEST_CASE("003: turns whose sides run over several paragraphs", "[import][seeds]")
{
    const ParsedDocument p = parseSeed(QStringLiteral("003_e2e2177cc1a7e815.txt"));
    CHECK(p.document.format == QStringLiteral("speaker-turns"));
    REQUIRE(p.segments.size() == 46);
    const auto counts = turnCounts(p);
    CHECK(counts.value(QStringLiteral("Moderator")) == 12);
    CHECK(counts.value(QStringLiteral("Yan")) == 12);
    CHECK(counts.value(QStringLiteral("Amanda Askell")) == 11);
    CHECK(counts.value(QStringLiteral("Josh")) == 6);
    CHECK(counts.value(QStringLiteral("Audience")) == 5);
    // Amanda's first turn: one labelled Chinese line and three continuation paragraphs.
    const Segment &amanda = p.segments.at(1);
    CHECK(amanda.speaker == QStringLiteral("Amanda Askell"));
    CHECK(amanda.zh.count(QLatin1Char('\n')) == 3);
    CHECK(amanda.zh.startsWith(QStringLiteral("这个问题去问 Plato 吧")));
    CHECK(amanda.en.count(QLatin1Char('\n')) == 3);
    CHECK(amanda.en.startsWith(QStringLiteral("I mean ask Plato")));
}

TEST_CASE("004: outline notes with sections and named speakers", "[import][seeds]")
{
    const ParsedDocument p = parseSeed(QStringLiteral("004_7e74a9c38024e962.txt"));
    CHECK(p.document.format == QStringLiteral("outline"));
    QStringList titles;
    for (const Section &s : p.sections)
        titles << s.title;
    CHECK(titles.first() == QStringLiteral("引言"));
    CHECK(titles.contains(QStringLiteral("1. 阿曼達·阿斯凱爾（Amanda Askell）")));
    CHECK(titles.contains(QStringLiteral("總結")));
    // The model's preamble and trailer are not part of the notes.
    CHECK_FALSE(titles.contains(QStringLiteral("整理後的文稿：")));
    CHECK_FALSE(titles.contains(QStringLiteral("改进说明：")));
    for (const Segment &s : p.segments) {
        CHECK_FALSE(s.zh.contains(QStringLiteral("希望这个整理后的版本")));
        CHECK_FALSE(s.zh.contains(QStringLiteral("[model=")));
        CHECK_FALSE(s.zh.contains(QLatin1Char('*')));
    }
    CHECK(p.segments.first().zh == QStringLiteral("大家好，這裡是最佳拍檔，我是大飛。"));
    CHECK(p.segments.last().zh == QStringLiteral("感谢大家的观看，我们下期再见"));
    CHECK(p.segments.size() == 54);
    CHECK(p.sections.size() == 11);

    const int amandaSection = int(titles.indexOf(QStringLiteral("1. 阿曼達·阿斯凱爾（Amanda Askell）")));
    int amandaBullets = 0;
    for (const Segment &s : p.segments)
        if (s.sectionOrdinal == amandaSection) {
            CHECK(s.speaker == QStringLiteral("阿曼達·阿斯凱爾（Amanda Askell）"));
            ++amandaBullets;
        }
    CHECK(amandaBullets == 11);
    const auto counts = turnCounts(p);
    CHECK(counts.value(QStringLiteral("阿曼達·阿斯凱爾（Amanda Askell）")) == 14);
    CHECK(counts.value(QStringLiteral("揚·萊克（Jan Leike）")) == 10);
    // Q&A answers speak for the named expert.
    bool answer = false;
    for (const Segment &s : p.segments)
        if (s.zh.startsWith(QStringLiteral("亞歷克斯·塔姆金的回應")))
            answer = s.speaker == QStringLiteral("亞歷克斯·塔姆金（Alex Tamkin）");
    CHECK(answer);
}

TEST_CASE("importing the five seeds stores them with speakers and aliases", "[import][seeds]")
{
    test::TemporaryLibrary lib;
    ImportService service(*lib);
    const QStringList seeds{QStringLiteral("000_f1a85dea575bd100.txt"), QStringLiteral("001_b20dc5de5308e2ee.txt"),
                            QStringLiteral("002_1f521656fab2dc1c.txt"), QStringLiteral("003_e2e2177cc1a7e815.txt"),
                            QStringLiteral("004_7e74a9c38024e962.txt")};
    QList<int> expected{104, 147, 683, 46, 54};
    for (int i = 0; i < seeds.size(); ++i) {
        const ImportResult r = service.importFile(test::seedPath(seeds.at(i)), {});
        INFO(r.message.toStdString());
        REQUIRE(r.status == ImportResult::Status::Imported);
        CHECK(r.segments == expected.at(i));
        CHECK(lib->documents().segmentCount(r.documentId) == expected.at(i));
    }
    // 004's 阿曼達·阿斯凱爾 is the Amanda Askell of 001 and 003: one speaker, both names.
    const auto amanda = lib->speakers().findByName(QStringLiteral("阿曼達·阿斯凱爾"));
    REQUIRE(amanda);
    CHECK(amanda->name == QStringLiteral("Amanda Askell"));
    CHECK(amanda->aliases.contains(QStringLiteral("阿曼達·阿斯凱爾")));
    const auto jan = lib->speakers().findByName(QStringLiteral("Jan Leike"));
    REQUIRE(jan);
    CHECK(jan->name == QStringLiteral("揚·萊克"));

    const ImportResult again = service.importFile(test::seedPath(seeds.at(1)), {});
    CHECK(again.status == ImportResult::Status::SkippedDuplicate);
    CHECK(again.documentId > 0);
    CHECK(lib->documents().list().size() == 5);
}
