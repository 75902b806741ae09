#include "models/align/alignsentences.h"

#include "models/align/alignanchors.h"
#include "models/align/alignlexicon.h"
#include "models/align/charratio.h"
#include "models/align/glossary.h"
#include "models/align/sentencesplitter.h"

#include <algorithm>
#include <cmath>

namespace bitext {

namespace {

// How short an English sentence is to be a reply ("Yeah.", "Sure.", "Well, wait."),
// which LengthAligner's lattice places at the start of a turn rather than its end.
constexpr int kShortSentenceWords = 3;
// A line that breaks off (see AlignSentence::unfinished) says something only where most
// lines of its side end a sentence: at most one in this many may not.
constexpr int kUnfinishedOneIn = 5;
// Chinese sentences either side of one that the local ratio is measured over.
constexpr int kRatioWindow = 10;
// What the idf of a gloss less this is worth (glosses of most sentences, "say", "self",
// count nothing).
constexpr double kCommonGloss = 1.0;

// The text's last character, closing quotes and brackets aside.
QChar lastMark(const QString &text)
{
    for (int k = int(text.size()) - 1; k >= 0; --k) {
        const QChar c = text.at(k);
        if (c.isSpace() || c.category() == QChar::Punctuation_Close || c.category() == QChar::Punctuation_FinalQuote
            || c == QLatin1Char('"') || c == QLatin1Char('\''))
            continue;
        return c;
    }
    return QChar();
}

// Whether the text ends as a sentence does.
bool endsSentence(const QString &text)
{
    const QChar c = lastMark(text);
    return !c.isNull() && QStringView(u".?!\u2026\u3002\uFF1F\uFF01").contains(c);
}

bool endsWithQuestion(const QString &text)
{
    const QChar c = lastMark(text);
    return c == QLatin1Char('?') || c == QChar(0xFF1F);
}

// The word a (trimmed) text starts with, letters and apostrophes, in lower case.
QString leadingWord(const QString &trimmed)
{
    int end = 0;
    while (end < trimmed.size() && (trimmed.at(end).isLetter() || trimmed.at(end) == QLatin1Char('\'')))
        ++end;
    return trimmed.left(end).toLower();
}

// Whether a sentence opens with a reply ("Yeah.", "Okay, so…", "是的，", "好的。"):
// translators keep a reply, and where it stands, turns begin. The words are few and
// the same in every talk, so they are listed rather than learnt.
bool opensWithReply(const QString &text, Side side)
{
    static const QStringList english {QStringLiteral("yeah"), QStringLiteral("yes"), QStringLiteral("yep"),
        QStringLiteral("okay"), QStringLiteral("ok"), QStringLiteral("right"), QStringLiteral("sure"),
        QStringLiteral("exactly"), QStringLiteral("absolutely"), QStringLiteral("no"), QStringLiteral("mhm"),
        QStringLiteral("great"), QStringLiteral("cool"), QStringLiteral("alright"), QStringLiteral("totally"),
        QStringLiteral("definitely"), QStringLiteral("indeed"), QStringLiteral("correct")};
    static const QStringList chinese {QStringLiteral("是的"), QStringLiteral("是啊"), QStringLiteral("是"),
        QStringLiteral("对"), QStringLiteral("嗯"), QStringLiteral("好"), QStringLiteral("没错"),
        QStringLiteral("当然"), QStringLiteral("确实"), QStringLiteral("正是"), QStringLiteral("行"),
        QStringLiteral("不"), QStringLiteral("可以"), QStringLiteral("太好了"), QStringLiteral("酷"),
        QStringLiteral("完全"), QStringLiteral("绝对")};
    const QString trimmed = text.trimmed();
    const QString first = leadingWord(trimmed);
    const qsizetype end = first.size();
    if (side == Side::En)
        return english.contains(first);
    // The first clause, short, made of a reply word and particles (好的, 对啊, 是的呢).
    return end <= 4 && end < trimmed.size()
        && std::any_of(chinese.begin(), chinese.end(), [&](const QString &w) { return first.startsWith(w); });
}

// Whether an English sentence opens a turn: a reply to what was just said ("Yeah.",
// "Oh, good.", "Right, so…"), which begins a speaker's turn four to six times as often
// as it stands inside one on the seeds. Words that also move on inside a turn ("Okay.
// Um, this question…", "No one can…", "Well") are not among them; words that are
// something else without a mark after them ("Right now", "Sure enough") need one.
bool opensTurn(const QString &text)
{
    static const QStringList always {QStringLiteral("yeah"), QStringLiteral("yep"), QStringLiteral("yup"),
        QStringLiteral("mhm"), QStringLiteral("oh")};
    static const QStringList marked {QStringLiteral("right"), QStringLiteral("sure"), QStringLiteral("exactly"),
        QStringLiteral("absolutely"), QStringLiteral("totally"), QStringLiteral("definitely"), QStringLiteral("indeed"),
        QStringLiteral("correct"), QStringLiteral("cool"), QStringLiteral("wait"), QStringLiteral("what")};
    const QString trimmed = text.trimmed();
    const QString first = leadingWord(trimmed);
    const qsizetype end = first.size();
    if (always.contains(first))
        return true;
    return marked.contains(first) && (end == trimmed.size() || QStringView(u",.!?;").contains(trimmed.at(end)));
}

// Whether an English sentence opens with a discourse marker ("And so…", "Um, I think…",
// "But…"): speakers carry on their own turn with one, and seldom open a turn with one.
bool opensWithMarker(const QString &text)
{
    static const QStringList markers {QStringLiteral("and"), QStringLiteral("um"), QStringLiteral("uh"),
        QStringLiteral("so"), QStringLiteral("but"), QStringLiteral("well")};
    return markers.contains(leadingWord(text.trimmed()));
}

int questionMarks(const QString &text)
{
    return int(text.count(QLatin1Char('?')) + text.count(QChar(0xFF1F)));
}

} // namespace

AlignSentences AlignSentences::of(const QList<AlignUnit> &units, Side side, double lengthScale, AlignAnchors &anchors,
    AlignLexicon &lexicon, bool split, bool replies)
{
    AlignSentences items;
    int unfinished = 0;
    bool afterReply = false, afterQuestion = false;
    for (int u = 0; u < units.size(); ++u) {
        const QString &text = units.at(u).text;
        QStringList parts = split ? SentenceSplitter::split(text, side) : QStringList();
        if (parts.isEmpty())
            parts.append(text);
        for (const QString &part : parts) {
            AlignSentence sentence;
            sentence.length = CharRatio::countedLength(part, side) / lengthScale;
            sentence.unit = u;
            sentence.anchors = side == Side::Zh ? anchors.addZh(part) : anchors.matchEn(part);
            sentence.questions = questionMarks(part);
            sentence.words = side == Side::Zh ? lexicon.zhKeys(part) : lexicon.enKeys(part);
            sentence.shortReply = replies && part.count(QLatin1Char(' ')) < kShortSentenceWords;
            sentence.reply = opensWithReply(part, side);
            sentence.marked = side == Side::En && opensWithMarker(part);
            if (replies) {
                // "Yeah. Yeah. Yeah, I suppose…": the first of them opens the turn.
                const bool reply = opensTurn(part);
                sentence.opensTurn = reply && !afterReply;
                sentence.answers = sentence.opensTurn && afterQuestion;
                afterReply = reply;
                afterQuestion = endsWithQuestion(part);
            }
            sentence.glosses = side == Side::Zh ? Glossary::builtIn().zhStems(part) : Glossary::builtIn().enStems(part);
            items.sentences.push_back(std::move(sentence));
        }
        items.sentences.back().unfinished = !endsSentence(parts.back());
        unfinished += items.sentences.back().unfinished ? 1 : 0;
    }
    if (qsizetype(kUnfinishedOneIn) * unfinished > units.size()) {
        for (AlignSentence &sentence : items.sentences)
            sentence.unfinished = false;
    }
    items.split = split;
    items.finish(units);
    return items;
}

void AlignSentences::finish(const QList<AlignUnit> &units)
{
    const int n = size();
    boundary.assign(n + 1, 0);
    speakerChange.assign(n + 1, 0);
    cumulative.assign(n + 1, 0);
    cumulativeSentences.assign(n + 1, 0);
    cumulativeQuestions.assign(n + 1, 0);
    cumulativeBoundaries.assign(n + 1, 0);
    cumulativeUnfinished.assign(n + 1, 0);
    cumulativeOpensTurn.assign(n + 1, 0);
    cumulativeAnswers.assign(n + 1, 0);
    for (int i = 0; i <= n; ++i) {
        boundary[i] = i == 0 || i == n || sentences[i].unit != sentences[i - 1].unit;
        if (i > 0)
            cumulative[i] = cumulative[i - 1] + sentences[i - 1].length,
            cumulativeSentences[i] = cumulativeSentences[i - 1] + sentences[i - 1].sentences,
            cumulativeQuestions[i] = cumulativeQuestions[i - 1] + sentences[i - 1].questions;
        if (i > 0)
            cumulativeBoundaries[i] = cumulativeBoundaries[i - 1] + boundary[i],
            cumulativeUnfinished[i] = cumulativeUnfinished[i - 1] + sentences[i - 1].unfinished,
            cumulativeOpensTurn[i] = cumulativeOpensTurn[i - 1] + sentences[i - 1].opensTurn,
            cumulativeAnswers[i] = cumulativeAnswers[i - 1] + sentences[i - 1].answers;
        if (i > 0 && i < n && boundary[i])
            speakerChange[i] = units[sentences[i].unit].speaker != units[sentences[i - 1].unit].speaker;
    }
    for (const AlignUnit &unit : units) {
        hasSpeakers = hasSpeakers || !unit.speaker.isEmpty();
        hasTimes = hasTimes || unit.startMs.has_value();
    }
}

// Translators condense some passages (fillers, repetitions of speech) and not others, so
// one ratio for the whole text misplaces sentences where it is off.
AlignSentences AlignSentences::rescaled(
    const AlignSentences &other, const std::vector<std::pair<int, int>> &nodes, const QList<AlignUnit> &units) const
{
    AlignSentences out = *this;
    if (nodes.empty())
        return out;
    // Per Chinese sentence, its length and the English length of its bead, counting only
    // beads with both sides: text left without partner says nothing about the ratio.
    const int n = size();
    std::vector<double> zhPaired(n + 1, 0), enPaired(n + 1, 0);
    for (size_t k = 1; k < nodes.size(); ++k) {
        const auto [i0, j0] = nodes[k - 1];
        const auto [i1, j1] = nodes[k];
        if (i1 > i0 && j1 > j0) {
            zhPaired[i0 + 1] += cumulative[i1] - cumulative[i0];
            enPaired[i0 + 1] += other.cumulative[j1] - other.cumulative[j0];
        }
    }
    for (int i = 1; i <= n; ++i)
        zhPaired[i] += zhPaired[i - 1], enPaired[i] += enPaired[i - 1];
    for (int i = 0; i < n; ++i) {
        const int from = std::max(0, i - kRatioWindow), to = std::min(n, i + 1 + kRatioWindow);
        const double zhLength = zhPaired[to] - zhPaired[from];
        const double enLength = enPaired[to] - enPaired[from];
        const double factor = zhLength > 0 && enLength > 0 ? std::clamp(zhLength / enLength, 0.5, 2.0) : 1.0;
        out.sentences[i].length = sentences[i].length / factor;
    }
    out.finish(units);
    return out;
}

QList<int> AlignSentences::unitsBetween(int from, int to) const
{
    QList<int> units;
    if (from < to) {
        for (int u = sentences[from].unit; u <= sentences[to - 1].unit; ++u)
            units.append(u);
    }
    return units;
}

std::vector<float> AlignSentences::glossWeights() const
{
    std::vector<int> sentencesWith;
    for (const AlignSentence &sentence : sentences) {
        for (const int id : sentence.glosses) {
            if (size_t(id) >= sentencesWith.size())
                sentencesWith.resize(size_t(id) + 1, 0);
            ++sentencesWith[size_t(id)];
        }
    }
    std::vector<float> weights(sentencesWith.size(), 0.f);
    for (size_t id = 0; id < weights.size(); ++id) {
        if (sentencesWith[id])
            weights[id] = float(std::max(0.0, std::log(double(size()) / sentencesWith[id]) - kCommonGloss));
    }
    return weights;
}

} // namespace bitext
