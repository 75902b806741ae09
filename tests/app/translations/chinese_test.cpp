// Issue 13: the interface is complete in Simplified (zh_CN) and Traditional (zh_TW)
// Chinese. lupdate merges the sources into copies of both catalogues, as
// translations/update.sh does, so a string added to the code and not yet translated is
// named here; every finished translation keeps what its source needs (placeholders,
// mnemonic, HTML tags) and is written in its own script and, for Taiwan, its own words.
#include "tests/app/translations/messagecheck.h"
#include "tests/support/tscatalogue.h"

#include <QHash>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;

namespace {

const QStringList kLanguages {QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};

// The merged catalogue of a language; lupdate runs once per language and process.
const QList<TsMessage> &merged(const QString &language)
{
    static QTemporaryDir dir;
    static QHash<QString, QList<TsMessage>> catalogues;
    if (!catalogues.contains(language))
        catalogues.insert(language, readTsCatalogue(mergedCatalogueCopy(dir.path(), language)));
    return catalogues[language];
}

const ScriptCharacters &scriptCharacters()
{
    static const ScriptCharacters characters;
    return characters;
}

} // namespace

TEST_CASE("Every message of models/, ui/ and app/ is translated into zh_CN and zh_TW", "[translations][chinese]")
{
    for (const QString &language : kLanguages) {
        const QList<TsMessage> &messages = merged(language);
        CHECK(messages.size() > 100);
        QStringList missing;
        for (const TsMessage &m : messages) {
            if (!m.finished)
                missing << m.name();
        }
        INFO(missing.size() << " new or unfinished messages in translations/bitext_" << language.toStdString()
                            << ".ts (run translations/update.sh, then translate them: GLOSSARY.md, fill.py):\n"
                            << missing.join(QLatin1Char('\n')).toStdString());
        CHECK(missing.isEmpty());
    }
}

TEST_CASE("Chinese translations keep placeholders, mnemonics and HTML, in their own script and words",
    "[translations][chinese]")
{
    const MessageCheck check(scriptCharacters());
    for (const QString &language : kLanguages) {
        QStringList problems;
        int finished = 0;
        for (const TsMessage &m : merged(language)) {
            if (!m.finished)
                continue;
            ++finished;
            problems << check.problems(m, language);
        }
        INFO(language.toStdString() << ": " << finished << " finished translations checked");
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("The translation check finds what it is for", "[translations][chinese]")
{
    const MessageCheck check(scriptCharacters());
    const auto cn = [&](const QString &source, const QString &translation) {
        return check.problems(source, translation, QStringLiteral("zh_CN"));
    };
    const auto tw = [&](const QString &source, const QString &translation) {
        return check.problems(source, translation, QStringLiteral("zh_TW"));
    };

    // Right as the glossary writes them.
    CHECK(cn(QStringLiteral("&File"), QStringLiteral("文件(&F)")).isEmpty());
    CHECK(tw(QStringLiteral("&File"), QStringLiteral("檔案(&F)")).isEmpty());
    CHECK(tw(QStringLiteral("Save &As…"), QStringLiteral("另存新檔(&A)…")).isEmpty());
    CHECK(cn(QStringLiteral("Segment %1 of %2"), QStringLiteral("第 %1 段，共 %2 段")).isEmpty());
    CHECK(cn(QStringLiteral("%n quote(s)"), QStringLiteral("%n 条引文")).isEmpty());
    CHECK(tw(QStringLiteral("%Ln file(s) in %L1 s"), QStringLiteral("%L1 秒內 %Ln 個檔案")).isEmpty());
    CHECK(cn(QStringLiteral("<b>Q&&A</b> &amp; more"), QStringLiteral("<b>问答</b>及其他")).isEmpty());
    // Characters that both scripts write: 著, 干, 台, 里, 只, 面.
    CHECK(tw(QStringLiteral("Taiwan platform"), QStringLiteral("台灣平台，干擾，公里，只有一面")).isEmpty());
    CHECK(cn(QStringLiteral("famous"), QStringLiteral("著名")).isEmpty());
    // Quoting the source's own characters: a search example in both scripts.
    CHECK(cn(QStringLiteral("Search: 对齐, 對齊"), QStringLiteral("搜索：对齐、對齊")).isEmpty());

    // Each mistake is named.
    CHECK(cn(QStringLiteral("&File"), QStringLiteral("文件")).size() == 1);
    CHECK(cn(QStringLiteral("Import"), QStringLiteral("导入(&I)")).size() == 1);
    CHECK(cn(QStringLiteral("Segment %1 of %2"), QStringLiteral("第 %1 段")).size() == 1);
    CHECK(cn(QStringLiteral("%n quote(s)"), QStringLiteral("%1 条引文")).size() == 1);
    CHECK(cn(QStringLiteral("<b>Bold</b>"), QStringLiteral("粗体")).size() == 1);
    CHECK(cn(QStringLiteral("Open"), QStringLiteral("開啟")).size() == 1);
    CHECK(tw(QStringLiteral("Open"), QStringLiteral("打开")).size() == 1);
    CHECK(tw(QStringLiteral("Software"), QStringLiteral("軟件")).size() == 1);
    CHECK(tw(QStringLiteral("Default"), QStringLiteral("默認")).size() == 1);
    // A character conversion of mainland text: both words and nothing else.
    CHECK(tw(QStringLiteral("Import settings"), QStringLiteral("導入設置")).size() == 1);
    CHECK(MessageCheck::mainlandTerms(QStringLiteral("導入設置")).size() == 2);
    CHECK(scriptCharacters().traditionalOnly(QStringLiteral("這對齊了")) == QStringLiteral("這對齊"));
    CHECK(scriptCharacters().simplifiedOnly(QStringLiteral("这对齐了")) == QStringLiteral("这对齐"));
    // Taiwan's standard forms are Traditional, though OpenCC's Traditional writes 羣 for 群.
    CHECK(scriptCharacters().simplifiedOnly(QStringLiteral("群組")).isEmpty());
    CHECK(scriptCharacters().simplifiedOnly(QStringLiteral("权限群组")) == QStringLiteral("权组"));
}
