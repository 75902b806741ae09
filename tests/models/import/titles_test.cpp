// Item 13: a document without front matter is titled from its content (a first real
// heading, else its first meaningful line), never by its file name.
#include "models/import/contenttitle.h"
#include "models/import/importservice.h"
#include "tests/support/testsupport.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

ParsedDocument parseFile(const QString &path, const QString &format = QString())
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return ImportService::parseBytes(file.readAll(), path, format);
}

ParsedDocument parseText(const QString &text, const QString &name, const QString &format)
{
    return ImportService::parseBytes(text.toUtf8(), name, format);
}

} // namespace

TEST_CASE("The five seeds get titles from their content; the file name stays the source", "[import][seeds][titles]")
{
    const QStringList seeds {QStringLiteral("000_f1a85dea575bd100.txt"), QStringLiteral("001_b20dc5de5308e2ee.txt"),
        QStringLiteral("002_1f521656fab2dc1c.txt"), QStringLiteral("003_e2e2177cc1a7e815.txt"),
        QStringLiteral("004_7e74a9c38024e962.txt")};
    const QStringList titles {
        QStringLiteral("Emmett Shear 论 AI 对齐：超越驾驭与控制，构建真正关心人类的 AI"), // front matter
        QStringLiteral("那就太好了。我正在飞机上用 Starlink 上网,所以如果我掉线的话…"),
        QStringLiteral("你知道最疯狂的是什么吗？所有这一切竟然都是真的"),
        QStringLiteral("非常高兴大家都能来到这里。有些是老朋友,有些是新面孔"),
        QStringLiteral("核心議題：AI 對齊到底有多難？"), // not the preamble, not "引言"
    };
    for (int i = 0; i < seeds.size(); ++i) {
        const ParsedDocument p = parseFile(test::seedPath(seeds.at(i)));
        INFO(seeds.at(i).toStdString());
        CHECK(p.document.title == titles.at(i));
        CHECK(p.document.sourceFile == seeds.at(i));
        // Real titles sort among real titles: none starts with the file's digits.
        CHECK_FALSE(p.document.title.startsWith(seeds.at(i).left(3)));
    }
}

TEST_CASE("A title from content: first real heading, else first meaningful line, trimmed", "[import][titles]")
{
    SECTION("a Markdown heading wins over the lines after it")
    {
        const ParsedDocument p = parseText(QStringLiteral("# Introduction\n\n## 对齐的难题\n\n第一段。\n"),
            QStringLiteral("a1b2c3d4e5f6.md"), QStringLiteral("markdown-article"));
        CHECK(p.document.title == QStringLiteral("对齐的难题"));
    }
    SECTION("short fillers and bracketed marks are not meaningful lines")
    {
        const ParsedDocument p
            = parseText(QStringLiteral("嗯\n[停顿]\n好的。\nWe should talk about alignment today.\n"),
                QStringLiteral("0f3c9a.txt"), QStringLiteral("plain"));
        CHECK(p.document.title == QStringLiteral("We should talk about alignment today"));
    }
    SECTION("a long English line is cut at a word with an ellipsis")
    {
        const QString line = QStringLiteral("So the thing that I keep coming back to whenever people ask me about this "
                                            "whole problem is that nobody really knows");
        const ParsedDocument p = parseText(line + QLatin1Char('\n'), QStringLiteral("x.txt"), QStringLiteral("plain"));
        CHECK(p.document.title == QStringLiteral("So the thing that I keep coming back to whenever people ask…"));
        CHECK(p.document.title.size() <= ContentTitle::kMaxColumns);
    }
    SECTION("subtitles skip [Music] cues")
    {
        const ParsedDocument p
            = parseText(QStringLiteral("1\n00:00:01,000 --> 00:00:02,000\n[Music]\n\n"
                                       "2\n00:00:02,000 --> 00:00:04,000\nWelcome back to the show.\n"),
                QStringLiteral("ep12.srt"), QString());
        CHECK(p.document.title == QStringLiteral("Welcome back to the show"));
    }
    SECTION("without any meaningful line the file name is the title")
    {
        const ParsedDocument p
            = parseText(QStringLiteral("嗯\n好\n"), QStringLiteral("notes-2024.txt"), QStringLiteral("plain"));
        CHECK(p.document.title == QStringLiteral("notes-2024"));
    }
}

TEST_CASE("Two files that open with the same line are two documents, not two versions", "[import][titles]")
{
    test::TemporaryLibrary lib;
    const QString first = lib.dir() + QStringLiteral("/episode-1.txt");
    const QString second = lib.dir() + QStringLiteral("/episode-2.txt");
    for (const auto &[path, line] :
        {std::pair {first, QStringLiteral("第一集的内容")}, std::pair {second, QStringLiteral("第二集的内容")}}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("欢迎收听我们的节目，今天聊聊对齐。\n%1\n").arg(line).toUtf8());
    }
    ImportService service(*lib);
    const ImportResult a = service.importFile(first, ImportService::Options());
    const ImportResult b = service.importFile(second, ImportService::Options());
    CHECK(a.status == ImportResult::Status::Imported);
    CHECK(b.status == ImportResult::Status::Imported);
    CHECK(a.title == b.title);
    CHECK(a.documentId != b.documentId);
}
