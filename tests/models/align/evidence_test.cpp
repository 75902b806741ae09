// What LengthAligner reads besides lengths, each shown deciding a pairing that lengths
// leave open: the Unihan glossary, a line that breaks off, a reply on both sides, a
// reply that opens a turn or answers a question, a discourse marker where the speaker
// changes.
#include "models/align/alignanchors.h"
#include "models/align/alignlexicon.h"
#include "models/align/alignsentences.h"
#include "models/align/glossary.h"
#include "models/align/lengthaligner.h"

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

QList<AlignUnit> units(const QStringList &texts, const QStringList &speakers = {})
{
    QList<AlignUnit> out;
    for (const QString &text : texts)
        out.append({text, {}, {}, speakers.value(out.size()), int(out.size()) + 1});
    return out;
}

// The English lines (by index) paired with each Chinese unit.
QList<QList<int>> englishOf(const QList<AlignedPair> &pairs, int zhUnits)
{
    QList<QList<int>> out;
    for (int z = 0; z < zhUnits; ++z)
        out.append(QList<int>());
    for (const AlignedPair &pair : pairs) {
        for (const int z : pair.zh)
            out[z] += pair.en;
    }
    return out;
}

} // namespace

TEST_CASE("The glossary knows what Han characters mean in English, from Unihan", "[align][glossary]")
{
    const Glossary &glossary = Glossary::builtIn();
    REQUIRE_FALSE(glossary.isEmpty());
    const std::vector<float> weights(100000, 1.0f);
    // 脑 brain, 波 waves ("waves" and "wave" meet in one stem), 道德 morality.
    CHECK(Glossary::shared(
              glossary.zhStems(QStringLiteral("脑电波")), glossary.enStems(QStringLiteral("your brain wave")), weights)
        == 2);
    CHECK(Glossary::shared(glossary.zhStems(QStringLiteral("道德的基础")),
              glossary.enStems(QStringLiteral("the foundation of morality")), weights)
        == 2);
    CHECK(Glossary::shared(
              glossary.zhStems(QStringLiteral("脑电波")), glossary.enStems(QStringLiteral("a bicycle pump")), weights)
        == 0);
    // Words too common to tell sentences apart are no gloss.
    CHECK(glossary.enStems(QStringLiteral("the and that you")).isEmpty());
    // A weight of zero (a gloss of most sentences) counts nothing.
    CHECK(Glossary::shared(glossary.zhStems(QStringLiteral("脑")), glossary.enStems(QStringLiteral("brain")),
              std::vector<float>(100000, 0.0f))
        == 0);
}

// Chinese paragraphs of several sentences against English one sentence a line, as
// transcripts come in two files.
const QStringList kChinese {QStringLiteral("我们今天讨论模型的安全问题。我们会看很多例子。这些例子都来自真实的系统。"),
    QStringLiteral("然后我们讨论训练数据的来源。数据的质量决定了很多事情。最后是我们的结论。"),
    QStringLiteral("谢谢大家今天来听这个讲座。如果有问题可以随时发邮件给我。下次我们再见面。")};

// Their English, with `extra` (which has no Chinese) after the third line.
QStringList englishLines(const QString &extra)
{
    return {QStringLiteral("Today we talk about the safety of models."),
        QStringLiteral("We will look at many examples."), QStringLiteral("They all come from real systems."), extra,
        QStringLiteral("Then we talk about where the training data comes from."),
        QStringLiteral("The quality of the data decides a lot."), QStringLiteral("Finally, our conclusion."),
        QStringLiteral("Thank you all for coming to this talk today."),
        QStringLiteral("If you have questions, you can always send me an email."),
        QStringLiteral("See you next time.")};
}

TEST_CASE("A line that breaks off ends its turn", "[align][evidence]")
{
    // The second turn opens with what the extra line says, so by length the line belongs
    // there; broken off, it closes the first turn all the same.
    QStringList chinese = kChinese;
    chinese[1] = QStringLiteral("所以我真正希望大家都去想一想的是这个。") + chinese[1];
    QStringList lines = englishLines(QStringLiteral("and so what I would really like all of you to think about"));
    CHECK(englishOf(LengthAligner::align(units(chinese), units(lines)), 3).at(0) == QList<int> {0, 1, 2, 3});
    // Finished, it is an ordinary sentence, and opens the second turn.
    lines[3] += QLatin1Char('.');
    CHECK(englishOf(LengthAligner::align(units(chinese), units(lines)), 3).at(1).value(0) == 3);
    // Where lines break off everywhere (captions), a broken line says nothing.
    const QStringList captions {QStringLiteral("Today we talk about the safety of"),
        QStringLiteral("models and we will look at many"), QStringLiteral("examples from real systems then"),
        QStringLiteral("we talk about where the training data"), QStringLiteral("comes from and its quality and"),
        QStringLiteral("finally our conclusion thank you"), QStringLiteral("all for coming and see you next time")};
    const QList<QList<int>> paired = englishOf(LengthAligner::align(units(kChinese), units(captions)), 3);
    CHECK(paired.at(0).size() + paired.at(1).size() + paired.at(2).size() == 7);
    CHECK_FALSE(paired.at(1).isEmpty());
}

TEST_CASE("A reply on both sides opens the same pair", "[align][evidence]")
{
    // "Okay." is short enough to go either way, and a short line more often opens a turn
    // than closes one; but here the Chinese opens the second turn with its 好的.
    QStringList chinese = kChinese;
    chinese[1] = QStringLiteral("好的。") + chinese[1];
    const QStringList lines = englishLines(QStringLiteral("Okay."));
    CHECK(englishOf(LengthAligner::align(units(chinese), units(lines)), 3).at(1) == QList<int> {3, 4, 5, 6});
    // With the 好的 closing the first turn instead, "Okay." goes with it.
    chinese = kChinese;
    chinese[0] += QStringLiteral("好的。");
    CHECK(englishOf(LengthAligner::align(units(chinese), units(lines)), 3).at(0) == QList<int> {0, 1, 2, 3});
}

TEST_CASE("A reply the translation dropped opens the turn it belongs to", "[align][evidence]")
{
    // "Oh, right, I see what you mean by that." has no Chinese, and is long enough that
    // its shortness says nothing; by length it closes the first turn, whose Chinese says
    // a little more than its English. A reply, it opens the second.
    QStringList chinese = kChinese;
    chinese[0].replace(QStringLiteral("真实的系统"), QStringLiteral("真实的、很大的、复杂的系统"));
    const QStringList lines = englishLines(QStringLiteral("Oh, right, I see what you mean by that."));
    CHECK(englishOf(LengthAligner::align(units(chinese), units(lines)), 3).at(1) == QList<int> {3, 4, 5, 6});
    // "Yeah." before one long sentence that the three Chinese sentences translate rides
    // with it, rather than closing the first turn or standing alone.
    const QStringList joined {lines.at(0), lines.at(1), lines.at(2), QStringLiteral("Yeah."),
        QStringLiteral("Then we talk about where the training data comes from, how its quality decides a lot, and "
                       "finally our conclusion."),
        lines.at(7), lines.at(8), lines.at(9)};
    const QList<AlignedPair> pairs = LengthAligner::align(units(kChinese), units(joined));
    CHECK(englishOf(pairs, 3) == QList<QList<int>> {{0, 1, 2}, {3, 4}, {5, 6, 7}});
    CHECK(pairs.size() == 3);
}

TEST_CASE("Replies, answers and discourse markers are read off each English sentence", "[align][evidence]")
{
    const QStringList lines {QStringLiteral("Do they all come from real systems?"), QStringLiteral("Wait, which ones?"),
        QStringLiteral("The big ones."), QStringLiteral("Yeah. Yeah, the big ones."),
        QStringLiteral("Right now they do."), QStringLiteral("And so we use them."), QStringLiteral("Sure, sometimes."),
        QStringLiteral("Okay. Um, next."), QStringLiteral("What?")};
    AlignAnchors anchors;
    AlignLexicon lexicon;
    const AlignSentences en = AlignSentences::of(units(lines), Side::En, 1.0, anchors, lexicon, true, true);
    QStringList opens, answers, marked;
    for (const AlignSentence &sentence : en.sentences) {
        opens.append(sentence.opensTurn ? QStringLiteral("o") : QStringLiteral("-"));
        answers.append(sentence.answers ? QStringLiteral("a") : QStringLiteral("-"));
        marked.append(sentence.marked ? QStringLiteral("m") : QStringLiteral("-"));
    }
    // Do… | Wait, which… | The big… | Yeah. | Yeah, the big… | Right now… | And so… | Sure, … |
    // Okay. | Um, next. | What? "Wait," answers the question before it; of "Yeah. Yeah," only
    // the first opens the turn; "Right now" is no reply; "Okay" moves on inside a turn as
    // often as it opens one.
    CHECK(opens.join(QString()) == QStringLiteral("-o-o---o--o"));
    CHECK(answers.join(QString()) == QStringLiteral("-a---------"));
    CHECK(marked.join(QString()) == QStringLiteral("------m--m-"));
    // Cut alike (no English finer than the Chinese), a reply opens nothing.
    const AlignSentences alike = AlignSentences::of(units(lines), Side::En, 1.0, anchors, lexicon, true, false);
    CHECK(std::none_of(alike.sentences.begin(), alike.sentences.end(),
        [](const AlignSentence &sentence) { return sentence.opensTurn || sentence.answers; }));
}

TEST_CASE("A sentence opening with a discourse marker carries on its speaker's turn", "[align][evidence]")
{
    // "And that is what we will do first." has no Chinese; by length it opens the second
    // turn, whose Chinese says a little more than its English.
    QStringList chinese = kChinese;
    chinese[1].replace(QStringLiteral("训练数据的来源"), QStringLiteral("训练数据的具体、详细、真实来源"));
    const QStringList lines = englishLines(QStringLiteral("And that is what we will do first."));
    CHECK(englishOf(LengthAligner::align(units(chinese), units(lines)), 3).at(1).value(0) == 3);
    // Where the Chinese names a new speaker there, "And…" stays with the one before.
    const QStringList speakers {QStringLiteral("Host"), QStringLiteral("Guest"), QStringLiteral("Host")};
    CHECK(englishOf(LengthAligner::align(units(chinese, speakers), units(lines)), 3).at(0) == QList<int> {0, 1, 2, 3});
}
