#include "models/analysis/stopwords.h"
#include "models/analysis/wordbreaker.h"
#include "tests/support/testsupport.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

// The first line of a seed holding `needle`, so the sentences tested are the seeds' own.
QString seedLine(const QString &seed, const QString &needle)
{
    QFile file(test::seedPath(seed));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(needle))
            return line;
    }
    FAIL("no line with " << needle.toStdString() << " in " << seed.toStdString());
    return {};
}

QStringList wordsOf(const QString &text)
{
    QStringList words;
    const QVector<WordToken> tokens = WordBreaker::words(text);
    for (const WordToken &token : tokens)
        words << token.word;
    return words;
}

} // namespace

TEST_CASE("ICU's dictionary gives the seeds' Chinese words whole", "[analysis][words]")
{
    // 001: "那么让这种语义对齐能够扩展的机制是什么?"
    const QStringList align = wordsOf(seedLine(QStringLiteral("001_b20dc5de5308e2ee.txt"), QStringLiteral("语义对齐")));
    CHECK(align.contains(QStringLiteral("对齐")));
    CHECK(align.contains(QStringLiteral("机制")));
    CHECK_FALSE(align.contains(QStringLiteral("齐"))); // not 对 齐 (the line does begin with 对。)
    // 001: "研究的是伦理学中比较形式化的领域"
    const QStringList research
        = wordsOf(seedLine(QStringLiteral("001_b20dc5de5308e2ee.txt"), QStringLiteral("来做哲学研究")));
    CHECK(research.contains(QStringLiteral("研究")));
    CHECK(research.contains(QStringLiteral("哲学")));
    // No punctuation or space is a word.
    for (const QString &word : research)
        CHECK(word.trimmed() == word);
    CHECK_FALSE(research.contains(QStringLiteral("，")));
    CHECK_FALSE(research.contains(QStringLiteral("。")));
}

TEST_CASE("Traditional words fold to Simplified and count with them", "[analysis][words]")
{
    // 004 (Traditional): "本期探討AI對齊問題，尤其是AI如何與人類價值觀對齊。"
    const QString traditional = seedLine(QStringLiteral("004_7e74a9c38024e962.txt"), QStringLiteral("人類價值觀對齊"));
    const QVector<WordToken> tokens = WordBreaker::words(traditional);
    int values = 0;
    int aligned = 0;
    for (const WordToken &token : tokens) {
        if (token.word == QStringLiteral("价值观")) {
            ++values;
            // The position is of the side text as written, in code points.
            CHECK(traditional.mid(token.utf16Start, token.utf16Length) == QStringLiteral("價值觀"));
            CHECK(traditional.toUcs4().mid(token.start, token.length) == QStringLiteral("價值觀").toUcs4());
        }
        if (token.word == QStringLiteral("对齐"))
            ++aligned;
    }
    CHECK(values == 1);
    CHECK(aligned == 2);
    // 003 (Simplified) has 价值观 too: the same folded word.
    const QStringList simplified
        = wordsOf(seedLine(QStringLiteral("003_e2e2177cc1a7e815.txt"), QStringLiteral("价值观血清")));
    CHECK(simplified.contains(QStringLiteral("价值观")));
    CHECK(WordBreaker::fold(QStringLiteral("價值觀")) == QStringLiteral("价值观"));
}

TEST_CASE("English words are case-folded, contractions and numbers stay whole", "[analysis][words]")
{
    // 000: "... but they don't count. They're not real moral agents."
    const QString line = seedLine(QStringLiteral("000_f1a85dea575bd100.txt"), QStringLiteral("they don't count"));
    const QStringList words = wordsOf(line);
    CHECK(words.contains(QStringLiteral("don't")));
    CHECK(words.contains(QStringLiteral("they're")));
    CHECK(words.contains(QStringLiteral("like"))); // "Like," at the start, folded
    CHECK_FALSE(words.contains(QStringLiteral("Like")));
    CHECK_FALSE(words.contains(QStringLiteral("don")));
    CHECK(wordsOf(QStringLiteral("In 2024, GPT-4 was"))
        == QStringList {QStringLiteral("in"), QStringLiteral("2024"), QStringLiteral("gpt"), QStringLiteral("4"),
            QStringLiteral("was")});
}

TEST_CASE("Positions are code points, also after characters outside the BMP", "[analysis][words]")
{
    const QVector<WordToken> tokens = WordBreaker::words(QStringLiteral("𠮷 研究"));
    REQUIRE(!tokens.isEmpty());
    const WordToken &last = tokens.constLast();
    CHECK(last.word == QStringLiteral("研究"));
    CHECK(last.start == 2);
    CHECK(last.length == 2);
    CHECK(last.utf16Start == 3);
}

TEST_CASE("Stop words: built-in lists, the user's lists in the preferences, reset", "[analysis][words][stopwords]")
{
    StopWords::resetToDefaults();
    const QStringList zh = StopWords::defaults(Side::Zh);
    const QStringList en = StopWords::defaults(Side::En);
    CHECK(zh.size() >= 30);
    CHECK(en.size() >= 30);
    CHECK(zh.contains(QStringLiteral("的")));
    CHECK(en.contains(QStringLiteral("the")));
    CHECK_FALSE(zh.contains(QStringLiteral("#")));
    StopWords current = StopWords::current();
    CHECK(current.contains(QStringLiteral("的")));
    CHECK(current.contains(QStringLiteral("the")));
    CHECK_FALSE(current.contains(QStringLiteral("对齐")));

    StopWords::setList(Side::Zh, {QStringLiteral("對齊"), QStringLiteral(" 的 "), QString()});
    CHECK(StopWords::list(Side::Zh) == QStringList {QStringLiteral("對齊"), QStringLiteral("的")});
    current = StopWords::current();
    CHECK(current.contains(QStringLiteral("对齐"))); // compared folded
    CHECK_FALSE(current.contains(QStringLiteral("了")));
    CHECK(current.contains(QStringLiteral("the"))); // English untouched

    StopWords::setList(Side::En, {});
    CHECK(StopWords::list(Side::En).isEmpty()); // none is a choice, not the default
    CHECK_FALSE(StopWords::current().contains(QStringLiteral("the")));

    StopWords::resetToDefaults();
    CHECK(StopWords::list(Side::Zh) == zh);
    CHECK(StopWords::list(Side::En) == en);
}
