// The manual's Markdown in its three languages: the same sections in the same order,
// and the command-line and export sections complete against the code they describe.
#include "app/cli/commandregistry.h"
#include "models/export/exportrequest.h"
#include "models/import/importservice.h"
#include "models/text/hanvariants.h"
#include "tests/support/testsupport.h"
#include "ui/help/manualtext.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

const QStringList kLanguages {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};

QStringList ids(const ManualText &manual)
{
    QStringList out;
    for (const ManualText::Section &section : manual.sections())
        out << section.id;
    return out;
}

QString sectionBody(const ManualText &manual, const QString &id)
{
    const int index = manual.indexOf(id);
    return index < 0 ? QString() : manual.sections().at(index).body;
}

QString rawText(const QString &language)
{
    QFile file(ManualText::resourcePath(language));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST_CASE("the manual has the same sections, in the same order, in every language", "[help][manual]")
{
    const ManualText english = ManualText::load(QStringLiteral("en"));
    const QStringList expected {QStringLiteral("start"), QStringLiteral("import"), QStringLiteral("reading"),
        QStringLiteral("listening"), QStringLiteral("coding"), QStringLiteral("search"), QStringLiteral("export"),
        QStringLiteral("analysis"), QStringLiteral("cli"), QStringLiteral("shortcuts"), QStringLiteral("library"),
        QStringLiteral("team")};
    CHECK(ids(english) == expected);
    for (const QString &language : kLanguages) {
        INFO(language.toStdString());
        REQUIRE(QFile::exists(ManualText::resourcePath(language)));
        const ManualText manual = ManualText::load(language);
        CHECK(manual.language() == language);
        CHECK(ids(manual) == expected);
        // Every `##` heading carries an id: none is left out of the contents.
        const QString raw = rawText(language);
        CHECK(raw.count(QRegularExpression(QStringLiteral("(^|\\n)## "))) == expected.size());
        for (const ManualText::Section &section : manual.sections())
            CHECK_FALSE(section.title.trimmed().isEmpty());
        // Every link inside the manual leads to one of its sections.
        auto links = QRegularExpression(QStringLiteral("\\]\\(#([^)]*)\\)")).globalMatch(raw);
        int linkCount = 0;
        while (links.hasNext()) {
            const QString target = links.next().captured(1);
            INFO(target.toStdString());
            CHECK(expected.contains(target));
            ++linkCount;
        }
        CHECK(linkCount >= 8);
    }
    // A language without a manual falls back to English.
    CHECK(ManualText::load(QStringLiteral("xx")).language() == QStringLiteral("en"));
}

TEST_CASE("the manual's command-line section names every command and global option of bitext", "[help][manual]")
{
    // The registry the command line runs from, and `bitext --help` as users see it.
    QStringList commands;
    for (const auto &command : cli::createCommands())
        commands << command->name();
    REQUIRE(commands.size() >= 8);
    const test::ProcessResult help = test::runBitext({QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    QSet<QString> options {QStringLiteral("--json")};
    auto found = QRegularExpression(QStringLiteral("(?<![\\w-])(--?[a-z][a-z-]*)")).globalMatch(help.out);
    while (found.hasNext())
        options.insert(found.next().captured(1));
    REQUIRE(options.contains(QStringLiteral("--library")));
    REQUIRE(options.contains(QStringLiteral("--version")));
    for (const QString &command : std::as_const(commands))
        REQUIRE(help.out.contains(QStringLiteral("  ") + command + QLatin1Char(' ')));

    for (const QString &language : kLanguages) {
        const QString cli = sectionBody(ManualText::load(language), QStringLiteral("cli"));
        for (const QString &command : std::as_const(commands)) {
            INFO(language.toStdString() << ": bitext " << command.toStdString());
            CHECK(cli.contains(QStringLiteral("`bitext ") + command));
        }
        for (const QString &option : std::as_const(options)) {
            INFO(language.toStdString() << ": " << option.toStdString());
            CHECK(cli.contains(QLatin1Char('`') + option));
        }
    }
}

TEST_CASE("the manual's command-line section names each command's options and the import formats", "[help][manual]")
{
    // `bitext COMMAND --help` lists a command's options, one per line ("  --format <NAME>  ...").
    const QRegularExpression optionLine(
        QStringLiteral("^\\s+(?:-\\w, )?(--[a-z][a-z-]*)"), QRegularExpression::MultilineOption);
    QStringList options;
    for (const auto &command : cli::createCommands()) {
        const test::ProcessResult help = test::runBitext({command->name(), QStringLiteral("--help")});
        REQUIRE(help.exitCode == 0);
        for (auto it = optionLine.globalMatch(help.out); it.hasNext();)
            options << it.next().captured(1);
    }
    // QCommandLineParser's own: help including Qt's generic options, not Bitext's.
    options.removeAll(QStringLiteral("--help-all"));
    options.removeDuplicates();
    REQUIRE(options.contains(QStringLiteral("--group-by")));
    REQUIRE(options.contains(QStringLiteral("--replace")));
    for (const QString &language : kLanguages) {
        const QString cli = sectionBody(ManualText::load(language), QStringLiteral("cli"));
        for (const QString &option : std::as_const(options)) {
            INFO(language.toStdString() << ": " << option.toStdString());
            CHECK(cli.contains(option));
        }
        for (const QString &format : ImportService::formatNames()) {
            INFO(language.toStdString() << ": import --format " << format.toStdString());
            CHECK(cli.contains(QLatin1Char('`') + format + QLatin1Char('`')));
        }
    }
}

TEST_CASE("the manual's export section names every export format", "[help][manual]")
{
    const QStringList formats = exportFormatNames();
    REQUIRE(formats.size() == 8);
    for (const QString &language : kLanguages) {
        const QString body = sectionBody(ManualText::load(language), QStringLiteral("export"));
        for (const QString &format : formats) {
            INFO(language.toStdString() << ": " << format.toStdString());
            CHECK(body.contains(QStringLiteral("`%1`").arg(format)));
        }
    }
}

TEST_CASE("the Chinese manuals are written in their own script, and render without stray Markdown", "[help][manual]")
{
    const HanVariants &han = HanVariants::instance();
    const QString simplified = rawText(QStringLiteral("zh_CN"));
    const QString traditional = rawText(QStringLiteral("zh_TW"));
    // Only the search example (對齊 finds 对齐) is in the other script. Taiwan writes the
    // text cursor 游標, with the 游 the variant tables take for Simplified (遊).
    CHECK(han.traditionalCount(simplified) == 2);
    CHECK(han.simplifiedCount(QString(traditional).remove(QString::fromUtf8("游標"))) == 2);
    CHECK(han.script(simplified) == ChineseScript::Simplified);
    CHECK(han.script(traditional) == ChineseScript::Traditional);
    // Mainland terms that Taiwan says otherwise (GLOSSARY.md).
    for (const char *mainland :
        {"文件夾", "導入", "軟件", "默認", "信息", "鏈接", "撤銷", "搜索", "窗口", "事務", "用戶"})
        CHECK_FALSE(traditional.contains(QString::fromUtf8(mainland)));
    for (const QString &language : kLanguages) {
        INFO(language.toStdString());
        QTextDocument document;
        document.setMarkdown(ManualText::load(language).markdown());
        const QString shown = document.toPlainText();
        // Emphasis CommonMark would not close (a bold run ending in "：" before a Han
        // character) shows its asterisks; the {#id} markers are never shown.
        QString outsideCode = ManualText::load(language).markdown();
        outsideCode.remove(QRegularExpression(QStringLiteral("`[^`]*`")));
        QTextDocument prose;
        prose.setMarkdown(outsideCode);
        CHECK_FALSE(prose.toPlainText().contains(QStringLiteral("**")));
        CHECK_FALSE(shown.contains(QStringLiteral("{#")));
    }
}
